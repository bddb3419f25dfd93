summary-title = Weekly summary
summary-export-title = Leefwereld weekly summary { $week }
summary-period = { $from } to { $to } inclusive
summary-reporters = { $count ->
    [one] { $count } worker counted
   *[other] { $count } workers counted
}
summary-total = Total
summary-emerging = Emerging themes
summary-emerging-short = emerging
summary-emerging-explained = A theme is emerging when it appears this week and did not in the four weeks before, or appears at least twice this week and at least twice as often as its weekly average over those four weeks.
summary-by-kind = Kind
summary-by-theme = Themes
summary-by-platform = Platforms
summary-by-source = Source type
summary-by-neighbourhood = Neighbourhoods
summary-no-neighbourhood = (no neighbourhood)
summary-series = Course over 12 weeks
summary-series-weeks = Course
summary-trends = Released trend descriptions
summary-col-section = Section
summary-col-key = Code
summary-col-label = Description
summary-col-count = Count
summary-col-previous = Previous week
summary-col-change = Change
summary-col-theme = Theme
summary-suppression-note = Counts below { $threshold } are shown as "<{ $threshold }". A "•" is hidden so that small numbers cannot be worked out from totals. This summary holds no data about persons.

team-refusal-unreadable = Unreadable
team-refusal-unreadable-explanation = This report cannot be opened: it was encrypted for someone else or is damaged. It is not counted.
team-refusal-malformed = Not a valid report
team-refusal-malformed-explanation = This is not a valid Leefwereld weekly report, or its counts do not add up. It is not counted.
team-refusal-other-team = Other team
team-refusal-other-team-explanation = This report belongs to another team. It is not counted.
team-refusal-future-week = Week in the future
team-refusal-future-week-explanation = This report is about a week that has not started yet. It is not counted.
team-refusal-wrong-week = Wrong week
team-refusal-wrong-week-explanation = This report is about another week than the one it was filed in. It is not counted.
