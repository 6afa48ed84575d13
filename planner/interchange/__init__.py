"""Files exchanged with the programme office's other tools: calendars (``.ics``)
and MS Project plans (MSPDI XML), written and read by the core."""
