app-name = Leefwereld
common-entries-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
common-yes = Yes
common-no = No
common-cancel = Cancel
common-save = Save
common-close = Close
common-back = Back
common-unknown = Unknown
common-none = None
common-week = Week { $week }

setting-retention_trend_days = the retention period for trends
setting-retention_signal_days = the retention period for signals
setting-lock_timeout_seconds = the time until the app locks itself
setting-suppression_threshold = the threshold for small numbers
setting-expiry_warning_days = the expiry warning
setting-organisation = the organisation
setting-pseudonym = the pseudonym
setting-week = the week of the team report (it must have begun)

passphrase-advice-empty = Choose a passphrase.
passphrase-advice-too-short = Use at least 10 characters; a few separate words work well.
passphrase-advice-add-words = Add another uncommon word or two.
passphrase-advice-keyboard = Rows of keys on the keyboard are easy to guess.
passphrase-advice-repeats = Repeats like "aaa" or "abcabc" are easy to guess.
passphrase-advice-common = This is a commonly used password; choose something of your own.
passphrase-advice-sequence = Sequences like "abc" or "123" are easy to guess.
passphrase-advice-dates = Years and dates are easy to guess.
passphrase-advice-single-word = A single word or name on its own is easy to guess.
passphrase-advice-case = Capitals and symbols help little; length helps more.
passphrase-advice-substitutions = Predictable substitutions like "@" for "a" help little.
passphrase-strength-0 = Very weak
passphrase-strength-1 = Weak
passphrase-strength-2 = Fair
passphrase-strength-3 = Strong
passphrase-strength-4 = Very strong

# An ISO week as people read it (core: IsoWeek::label).
week-label = Week { $week }, { $year }
