"""What the MS Project XML writer and reader share (MSPDI, Project 2010 and later).

The mapping, both ways:

===========================  ==========================================
roadmap                      MS Project
===========================  ==========================================
stage                        summary task (outline level 1)
use case of a stage          task under its stage (outline level 2)
use case without a stage     task at outline level 1
gate review                  milestone, the last task of its stage
use case depends on another  finish-to-start link
baseline                     task baseline (0 = the chosen one, 1–10 the
                             next newest)
===========================  ==========================================

Every task is *manually scheduled*, so MS Project keeps the planned dates
instead of moving them with its own calendar. Each task's GUID is made from
the roadmap's document id, the kind and the entity id, so a plan exported,
edited in MS Project and imported back finds the stages and use cases it came
from.

Elements are written in the schema's order (the sequences below come from
the MSPDI schema; a test checks them against an independent reader's copy).
"""

from __future__ import annotations

import datetime as dt
import uuid

NAMESPACE = "http://schemas.microsoft.com/project"
SAVE_VERSION = 14
"""Project 2010: the first version with manually scheduled tasks."""
DAY_START = dt.time(8, 0)
DAY_FINISH = dt.time(17, 0)
HOURS_PER_DAY = 8
DURATION_DAYS = 7
"""``DurationFormat`` 7: durations shown in days."""
LINK_FINISH_TO_START = 1
"""``PredecessorLink/Type``: 0 FF, 1 FS, 2 SF, 3 SS."""
MAX_BASELINES = 11
"""MS Project keeps Baseline and Baseline1 … Baseline10."""
MAX_FILE_BYTES = 50 * 1024 * 1024
"""A project file larger than this is refused before it is read."""

GUID_NAMESPACE = uuid.UUID("5b0f3e0e-6a3c-4d43-9c1b-6e1f1c2a9d70")

PROJECT_ORDER = (
    "SaveVersion",
    "UID",
    "Name",
    "GUID",
    "Title",
    "Subject",
    "Category",
    "Company",
    "Manager",
    "Author",
    "CreationDate",
    "Revision",
    "LastSaved",
    "ScheduleFromStart",
    "StartDate",
    "FinishDate",
    "FYStartDate",
    "CriticalSlackLimit",
    "CurrencyDigits",
    "CurrencySymbol",
    "CurrencyCode",
    "CurrencySymbolPosition",
    "CalendarUID",
    "DefaultStartTime",
    "DefaultFinishTime",
    "MinutesPerDay",
    "MinutesPerWeek",
    "DaysPerMonth",
    "DefaultTaskType",
    "DefaultFixedCostAccrual",
    "DefaultStandardRate",
    "DefaultOvertimeRate",
    "DurationFormat",
    "WorkFormat",
    "EditableActualCosts",
    "HonorConstraints",
    "EarnedValueMethod",
    "InsertedProjectsLikeSummary",
    "MultipleCriticalPaths",
    "NewTasksEffortDriven",
    "NewTasksEstimated",
    "SplitsInProgressTasks",
    "SpreadActualCost",
    "SpreadPercentComplete",
    "TaskUpdatesResource",
    "FiscalYearStart",
    "WeekStartDay",
    "MoveCompletedEndsBack",
    "MoveRemainingStartsBack",
    "MoveRemainingStartsForward",
    "MoveCompletedEndsForward",
    "BaselineForEarnedValue",
    "AutoAddNewResourcesAndTasks",
    "StatusDate",
    "CurrentDate",
    "MicrosoftProjectServerURL",
    "Autolink",
    "NewTaskStartDate",
    "NewTasksAreManual",
    "DefaultTaskEVMethod",
    "ProjectExternallyEdited",
    "ExtendedCreationDate",
    "ActualsInSync",
    "RemoveFileProperties",
    "AdminProject",
    "BaselineCalendar",
    "UpdateManuallyScheduledTasksWhenEditingLinks",
    "KeepTaskOnNearestWorkingTimeWhenMadeAutoScheduled",
    "OutlineCodes",
    "WBSMasks",
    "ExtendedAttributes",
    "Calendars",
    "Tasks",
    "Resources",
    "Assignments",
)
TASK_ORDER = (
    "UID",
    "GUID",
    "ID",
    "Name",
    "Active",
    "Manual",
    "Type",
    "IsNull",
    "CreateDate",
    "Contact",
    "WBS",
    "WBSLevel",
    "OutlineNumber",
    "OutlineLevel",
    "Priority",
    "Start",
    "Finish",
    "Duration",
    "DurationFormat",
    "Work",
    "Stop",
    "Resume",
    "ResumeValid",
    "EffortDriven",
    "Recurring",
    "OverAllocated",
    "Estimated",
    "Milestone",
    "Summary",
    "DisplayAsSummary",
    "Critical",
    "IsSubproject",
    "IsSubprojectReadOnly",
    "SubprojectName",
    "ExternalTask",
    "ExternalTaskProject",
    "EarlyStart",
    "EarlyFinish",
    "LateStart",
    "LateFinish",
    "StartVariance",
    "FinishVariance",
    "WorkVariance",
    "FreeSlack",
    "TotalSlack",
    "StartSlack",
    "FinishSlack",
    "FixedCost",
    "FixedCostAccrual",
    "PercentComplete",
    "PercentWorkComplete",
    "Cost",
    "OvertimeCost",
    "OvertimeWork",
    "ActualStart",
    "ActualFinish",
    "ActualDuration",
    "ActualCost",
    "ActualOvertimeCost",
    "ActualWork",
    "ActualOvertimeWork",
    "RegularWork",
    "RemainingDuration",
    "RemainingCost",
    "RemainingWork",
    "RemainingOvertimeCost",
    "RemainingOvertimeWork",
    "ACWP",
    "CV",
    "ConstraintType",
    "CalendarUID",
    "ConstraintDate",
    "Deadline",
    "LevelAssignments",
    "LevelingCanSplit",
    "LevelingDelay",
    "LevelingDelayFormat",
    "PreLeveledStart",
    "PreLeveledFinish",
    "Hyperlink",
    "HyperlinkAddress",
    "HyperlinkSubAddress",
    "IgnoreResourceCalendar",
    "Notes",
    "HideBar",
    "Rollup",
    "BCWS",
    "BCWP",
    "PhysicalPercentComplete",
    "EarnedValueMethod",
    "PredecessorLink",
    "ActualWorkProtected",
    "ActualOvertimeWorkProtected",
    "ExtendedAttribute",
    "Baseline",
    "OutlineCode",
    "IsPublished",
    "StatusManager",
    "CommitmentStart",
    "CommitmentFinish",
    "CommitmentType",
    "StartText",
    "FinishText",
    "DurationText",
    "ManualStart",
    "ManualFinish",
    "ManualDuration",
    "TimephasedData",
)
PREDECESSOR_ORDER = (
    "PredecessorUID",
    "Type",
    "CrossProject",
    "CrossProjectName",
    "LinkLag",
    "LagFormat",
)
BASELINE_ORDER = (
    "TimephasedData",
    "Number",
    "Interim",
    "Start",
    "Finish",
    "Duration",
    "DurationFormat",
    "EstimatedDuration",
    "Work",
    "Cost",
    "BCWS",
    "BCWP",
    "FixedCost",
)
CALENDAR_ORDER = (
    "UID",
    "GUID",
    "Name",
    "IsBaseCalendar",
    "IsBaselineCalendar",
    "BaseCalendarUID",
    "WeekDays",
    "Exceptions",
    "WorkWeeks",
)
WEEK_DAY_ORDER = ("DayType", "DayWorking", "TimePeriod", "WorkingTimes")
WORKING_TIME_ORDER = ("FromTime", "ToTime")

ORDERS: dict[str, tuple[str, ...]] = {
    "Project": PROJECT_ORDER,
    "Task": TASK_ORDER,
    "PredecessorLink": PREDECESSOR_ORDER,
    "Baseline": BASELINE_ORDER,
    "Calendar": CALENDAR_ORDER,
    "WeekDay": WEEK_DAY_ORDER,
    "WorkingTime": WORKING_TIME_ORDER,
}
"""The child sequence of every element the writer fills, by element name."""


def task_guid(document_id: str, kind: str, entity_id: str) -> str:
    """The GUID of the task that stands for one stage, use case or gate review."""
    return str(uuid.uuid5(GUID_NAMESPACE, f"{document_id}/{kind}/{entity_id}")).upper()


def working_days(start: dt.date, end: dt.date) -> int:
    """Monday-to-Friday days from ``start`` to ``end``, both included (at least 1)."""
    if end < start:
        return 1
    days = (end - start).days + 1
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    weekday = start.weekday()
    count += sum(1 for i in range(rest) if (weekday + i) % 7 < 5)
    return max(count, 1)


def duration_text(days: int) -> str:
    """An MSPDI duration (``PT40H0M0S`` for five days of eight hours)."""
    return f"PT{days * HOURS_PER_DAY}H0M0S"


def at(day: dt.date, time: dt.time) -> str:
    """An MSPDI date and time, ``2026-03-02T08:00:00``."""
    return dt.datetime.combine(day, time).isoformat(timespec="seconds")
