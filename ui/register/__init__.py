"""The EU AI Act register of a use case: its panel, form and questionnaire."""
