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
summary-emerging-explained = A theme is emerging when it appears at least { $threshold } times this week and did not in the four weeks before, or at least twice as often as its weekly average over those four weeks. One or two notes in a quiet week are no trend yet.
summary-by-kind = Kind
summary-by-theme = Themes
summary-by-platform = Platforms
summary-by-source = Source type
summary-by-neighbourhood = Neighbourhoods
summary-no-neighbourhood = (no neighbourhood)
summary-series = Course over 12 weeks
summary-series-scale = All lines on the same scale: from 0 to { $max } a week.
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
team-refusal-too-large = Too large
team-refusal-too-large-explanation = This document is far larger than a real weekly report. It was not opened and is not counted.
team-refusal-bad-signature = Signature does not match
team-refusal-bad-signature-explanation = This report's signature does not hold: it was changed on the way or not made by Leefwereld. It is not counted.
team-refusal-new-key = New colleague
team-refusal-new-key-explanation = This report is signed with a key you have not accepted yet. Compare the fingerprint with what your colleague's app shows and accept it; then the report counts.
team-refusal-key-changed = Key changed
team-refusal-key-changed-explanation = This report is signed with another key than the one you accepted for this colleague. That happens after a new passphrase, but also when someone poses as your colleague. Compare the fingerprint with your colleague before you accept it.
team-refusal-future-date = Date in the future
team-refusal-future-date-explanation = This report says it was made later than now. It is not counted.
team-refusal-overflow = Impossible counts
team-refusal-overflow-explanation = The counts in this report are larger than any real week. It is not counted.
team-withheld-texts = { $count ->
    [one] One text from the reports was left out: the app found possible identifying details in it. The counts still count.
   *[other] { $count } texts from the reports were left out: the app found possible identifying details in them. The counts still count.
}
team-keys-title = Colleagues' keys
team-keys-intro = A report counts only once you have accepted your colleague's key. Compare the fingerprint with what your colleague's app shows (Settings → Connection), in person or by phone.
team-key-new = New: { $reporter }
team-key-changed = Key changed: { $reporter }
team-key-pinned = Accepted: { $reporter }
team-key-accept = Fingerprint matches, accept
team-key-accepted = Key accepted. The reports are fetched again.
team-keys-pinned-count = { $count ->
    [one] One accepted key
   *[other] { $count } accepted keys
}
own-signing-fingerprint = Fingerprint of your report key
own-signing-fingerprint-help = Read these digits out to your team lead when they accept your key. It changes after a new passphrase.
