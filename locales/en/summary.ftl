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
