# The app's screens (mobile/). Vocabulary labels (themes, platforms, …) and error messages
# come from entry.ftl and errors.ftl.

language-own-name = English
lock-now = Lock
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
nav-entries = Entries
leave-app-confirm = This link opens outside Leefwereld, in your browser. Do you want to open it?
nav-settings = Settings

training-title = Training mode
training-body = Nothing is kept: close this tab and everything is gone. Sharing is off.

flash-saved-trend = Trend saved.
flash-saved-signal = Signal saved.
flash-updated = Change saved.
flash-deleted = Entry deleted.

## Onboarding

onboarding-title = Welcome to Leefwereld
onboarding-intro = Note trends and signals from young people's online world, quickly and safely.
onboarding-promises-title = What the app keeps and what leaves the device
onboarding-promise-kept = Your entries stay encrypted on this device. Without your passphrase nobody can read them.
onboarding-promise-shared = Something goes to the municipality only when you share it, with consent and without names or other identifying details.
onboarding-promise-identity = Your own name never travels: only your organisation and a pseudonym.
onboarding-language = Language
onboarding-role = Your role
onboarding-role-hint = Your role decides which rules the app applies, for example to closed sources.
onboarding-organisation = Organisation
onboarding-organisation-hint = For example Jongerenwerk Zuid. This name goes with what you share.
onboarding-pseudonym = Pseudonym
onboarding-pseudonym-hint = For the audit log, for example JW-07. Not your own name.
onboarding-passphrase = Passphrase
onboarding-passphrase-hint = A few unusual words work well. If you forget the passphrase, nobody can read your entries any more, not even you.
onboarding-repeat = Repeat the passphrase
onboarding-repeat-mismatch = The two passphrases are not the same.
onboarding-create = Create vault
onboarding-creating = Creating the vault…

passphrase-show = Show
passphrase-hide = Hide
strength-score = Strength: { $label } ({ $score } of 4)
strength-acceptable = Strong enough.
strength-not-acceptable = Not strong enough yet.

## Lock

unlock-title = Leefwereld is locked
unlock-intro = Enter your passphrase to continue.
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-busy = Unlocking…
unlock-emergency = Emergency: erase everything
unlock-report-failed = { $count ->
    [one] Since last time, someone entered a wrong passphrase once (unverified: recorded while the vault was locked, so anyone with the phone's storage could have added it).
   *[other] Since last time, someone entered a wrong passphrase { $count } times (unverified: recorded while the vault was locked, so anyone with the phone's storage could have added them).
}
unlock-report-not-you = Not you? Then someone may have your device and be trying to guess your passphrase.
unlock-report-change-passphrase = Change your passphrase
unlock-report-quick-delete = Quick delete
unlock-report-purged = { $count ->
    [one] 1 entry was deleted because its retention period had ended.
   *[other] { $count } entries were deleted because their retention period had ended.
}
unavailable-title = The vault cannot be opened now
unavailable-retry = Try again

## Home

home-title = Capture
network-online = Online. Your entries stay on this device.
network-offline = Offline. Capturing works as usual; everything stays on this device.
home-draft-title = Not finished
home-draft-trend = You were capturing a trend.
home-draft-signal = You were capturing a signal.
home-draft-resume = Continue capturing
home-capture-trend = Trend
home-capture-trend-hint = Something new in young people's online world. Never about one person.
home-capture-signal = Signal
home-capture-signal-hint = A worry about a young person or a group, with a concrete reason.
home-recent = Recently captured
home-empty = No entries yet. What you capture stays encrypted on this device.
home-all-entries = All entries ({ $count })

## Capture and edit

capture-trend-title = Capture a trend
capture-trend-intro = Write what you see, choose a theme and save.
capture-signal-title = Capture a signal
capture-signal-intro = Write down what you saw and why you are recording it. Describe people only as you choose.
capture-save = Save
capture-discard = Discard
capture-back = Back to home
edit-title = Edit entry
edit-intro = The previous version is kept.
edit-save = Save change

form-theme = Theme
form-theme-required = Choose a theme.
form-theme-more = More themes
form-theme-more-legend = Other themes
form-theme-same = Same as last time: { $theme }
form-platform = Platform
form-source = How do you know?
form-urgency = Urgency
form-text-trend = What do you see?
form-text-trend-hint = Describe the phenomenon, without names.
form-text-signal = What did you see or hear?
form-text-signal-hint = Facts first; you can add your view.
form-reason = Reason
form-reason-hint = Why are you recording this? For example: a young person told you themselves.
form-neighbourhood = Neighbourhood (optional)
form-neighbourhood-hint = Only the neighbourhood, no street or address.
form-observed = When did you see it?
form-observed-invalid = Fill in a day (dd-mm-yyyy) and a time (hh:mm), or choose "Just now".
form-more-details = More details (optional)
form-people = People involved (optional)
form-people-hint = Names and nicknames you give here are removed before anything is shared.
form-alias = Name or nickname
form-alias-add = Add
form-alias-remove = Remove { $alias }
form-aliases-tagged = Names given
form-age = Age
form-age-unknown = Not given

attachments-label = Attachments (optional)
attachments-hint = For example a screenshot. At most { $max } MB per file.
attachments-unreadable = A file could not be read. Choose it again.
attachments-remove = Remove
attachments-remove-named = Remove attachment { $name }
attachments-remove-question = Remove this attachment for good?
attachments-remove-confirm = Yes, remove
attachments-show = View
attachments-show-named = View attachment { $name }

## List

list-title = Entries
list-search-label = Search your entries
list-search-placeholder = Search by word, neighbourhood or name
list-search-submit = Search
list-filters = Filters
list-any = All
list-filter-kind = Kind
list-filter-theme = Theme
list-filter-platform = Platform
list-filter-week = Week
list-filter-share = Sharing
list-week-option = Week { $week } ({ $from } to { $to })
list-clear-filters = Clear search and filters
list-found = { $count ->
    [one] 1 found
   *[other] { $count } found
}
list-empty = No entries yet.
list-empty-filtered = No entries found. Try other words or filters.
list-more = Show more

entry-open = Open entry
entry-urgency = Urgency: { $level }
entry-attachment-count = { $count ->
    [one] 1 attachment
   *[other] { $count } attachments
}

## Detail

detail-title = Entry
detail-back = Back to entries
detail-text = Entry
detail-revision = Version { $revision }
detail-observed = Seen
detail-recorded = Captured
detail-updated = Changed
detail-source = Source
detail-reason = Reason
detail-neighbourhood = Neighbourhood
detail-attachments = Attachments
detail-aliases = Names given
detail-share = Sharing
detail-expires = Will be deleted on
detail-edit = Edit
detail-delete = Delete
detail-delete-question = Delete this entry with all its versions and attachments for good?
detail-delete-confirm = Yes, delete
detail-revisions = { $count ->
    [one] 1 earlier version
   *[other] { $count } earlier versions
}
detail-revision-line = Version { $revision }, { $when }

## Sharing (entry detail, share screen)

detail-sharing-title = Sharing with the municipality
detail-sharing-hint = Only a shortened version without names, numbers and addresses goes to the municipality's case system, and only with consent.
detail-share-open = See what would be shared

share-title = Share
share-back = Back to the entry
share-target = For which partner?
share-target-hint = The entry goes into the municipality's case system, for this partner.
share-payload-title = This goes along
share-payload-hint = Exactly this data is encrypted so that only the municipality can read it. Your name, attachments and the names you tagged never go along.
share-guidance-title = What the receiver may do with it:
share-guidance-may = May
share-guidance-may-not = May not
share-verdict-title = Can it be shared?
share-eligible = Yes. Everything is in place; you can queue it now.
share-blocked = Not yet. This needs to be settled first:
share-training = In the training mode nothing is shared or sent. You can look at and practise everything.
share-signal-note = Also tell the young person once it has been shared, when that is safe.
share-submit = Queue for sending
share-checklist = Steps to share
share-check-done = Done
share-check-open = Not done yet
share-check-findings-open = { $count } open
share-check-already-shared = Already shared with this partner
share-check-not-allowed = Not allowed
share-payload-technical = Technical view
share-payload-technical-hint = The same data exactly as it is encrypted, with the field names the case system reads.
share-sent-to = For
share-sent-from = From
share-sent-kind = Kind
share-sent-theme = Theme
share-sent-platform = Platform
share-sent-source = Source
share-sent-urgency = Urgency
share-sent-observed = Seen
share-sent-neighbourhood = Neighbourhood
share-sent-age = Age
share-sent-text = Note
share-sent-reason = Reason
share-sent-consent = Consent
share-sent-consent-missing = Not recorded yet
share-sent-none = (not filled in)
consent-for = The consent applies to: { $partner }. Choose another partner at the top.
consent-not-for-target = This consent does not cover { $partner }. Record that consent was given for it too, or choose a partner it covers at the top.
flash-queued = Queued. Leefwereld sends it as soon as there is a connection.

consent-title = Consent
consent-intro-trend = A trend is about nobody in particular. You release it yourself.
consent-intro-signal = Record who consented and how you explained what sharing means.
consent-given-by = Consent from
consent-informed-how = Explained
consent-given-at = Given on
consent-scope = May go to
consent-record = Record consent
consent-recorded = Consent recorded.
consent-choose-giver = Choose who gave consent.
consent-choose-informed = Choose how you explained it.
consent-withdraw = Withdraw consent
consent-withdraw-question = Withdraw consent? Whatever was shared is removed from the case system.
consent-withdraw-confirm = Yes, withdraw
consent-withdrawn = { $count ->
    [0] Consent withdrawn. Nothing had been sent yet.
    [one] Consent withdrawn. One shared version is being removed from the case system.
   *[other] Consent withdrawn. { $count } shared versions are being removed from the case system.
}

inform-title = Inform the young person first
inform-body = Youth work is open about what it records and shares. Tell the young person what you share and why, or record why that is not safe now.
inform-how = How did you tell them?
inform-record = The young person has been informed
inform-exception = Informing is not safe
inform-justification = Why not?
inform-justification-hint = At least a short sentence. It stays encrypted on your device; the log only notes that an exception exists.
inform-exception-record = Record the exception

findings-title = Identifying details
findings-none = There are no names, numbers or addresses in the text.
findings-open = { $count ->
    [one] 1 detail left to decide.
   *[other] { $count } details left to decide.
}
findings-all-decided = Everything has been decided.
findings-mark-label = (found detail { $number })
findings-replacement = "{ $found }" becomes { $replacement }
findings-undecided = Not decided yet
findings-decided = Decision: { $decision }
findings-replace-all = Replace all
findings-keep-reason = Why do you keep this? (a few words)
findings-keep-confirm = Keep with this reason

## Outbox

nav-outbox = Sending
outbox-title = Sending
outbox-intro = What is waiting for the municipality's case system. Leefwereld sends it by itself when there is a connection.
outbox-to-settings = Go to Settings
outbox-empty = Nothing is waiting.
outbox-count = { $count ->
    [one] 1 item queued
   *[other] { $count } items queued
}
outbox-queued-at = Queued since { $when }
outbox-waiting = Waiting to be sent
outbox-retrying = { $attempts ->
    [one] Tried once; next attempt { $when }
   *[other] Tried { $attempts } times; next attempt { $when }
}
outbox-parked = Refused: waiting for you
outbox-open-entry = Open the entry
outbox-retry = Try again
outbox-send-now = Send now
outbox-progress = Sending: { $done } of { $total }
outbox-progress-label = Sending progress
outbox-report = Sent: { $delivered }. Withdrawn: { $retracted }. Still queued: { $remaining }.

## Settings: connection and accountability

connection-title = Connection to the municipality
connection-none = There is no connection profile yet. Without one everything stays on this device.
connection-import = Import a connection profile
connection-import-hint = The municipality gives you a file or a text that starts with LWP1:. The secret in it is kept encrypted.
connection-file = Choose the file
connection-paste = Or paste the text
connection-import-submit = Import
connection-imported = Connection profile of { $municipality } imported.
connection-unreadable = This file could not be read.
connection-removed = Connection profile removed.
connection-remove = Remove connection
connection-remove-question = Remove the connection? Queued items wait until there is a new connection profile.
connection-remove-confirm = Yes, remove
connection-municipality = Municipality
connection-zaken = Zaken API
connection-documenten = Documenten API
connection-client = Client id
connection-recipients = Keys of the municipality
connection-trend-cases = Trends go into
connection-trends-per-week = one case per week
connection-trends-each = a case of their own per trend
connection-fingerprints-title = Fingerprints
connection-fingerprints-hint = Compare these digits with what the municipality gave you on paper. If one differs, do not use the connection and tell the municipality: someone else could be reading along.
connection-fingerprint-recipient = Municipality key { $number }
connection-fingerprint-team = Your team lead's key
connection-lead-key = Your key for team reports
connection-lead-key-hint = Give this key to the municipality for your team's connection profile (team.recipient). Only your vault can open your team's weekly reports. The digits below are the fingerprint your colleagues will see.

report-section-title = Accountability
report-section-hint = An overview of what was done on this device (capture, consent, sharing, withdrawal, export), without content. The export itself is logged.
report-from = From
report-to = Up to and including
report-dates-invalid = Choose two valid dates, the first not after the second.
report-export-markdown = Export as text (Markdown)
report-export-csv = Export as CSV
report-exported = Accountability report saved: { $place }
report-save-failed = The file could not be saved. Is there enough space?

## Settings

settings-title = Settings
settings-language-title = Language
settings-language = Language of the app
settings-keeping-title = Locking and keeping
settings-lock-timeout = Lock automatically after
settings-lock-timeout-hint = When you are not using the app. Going to the background always locks at once.
settings-retention = Retention
settings-retention-hint = Entries are deleted automatically after this period ({ $min } to { $max } days). A shorter period deletes older entries at once.
settings-retention-trend = Keep trends (days)
settings-retention-signal = Keep signals (days)
settings-save = Save settings
settings-saved = Settings saved.
settings-purged = { $count ->
    [one] 1 entry was deleted because it was older than the new retention period.
   *[other] { $count } entries were deleted because they were older than the new retention period.
}
duration-seconds = { $count } seconds
duration-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
settings-passphrase-title = Change passphrase
settings-passphrase-old = Current passphrase
settings-passphrase-new = New passphrase
settings-passphrase-submit = Change passphrase
settings-passphrase-busy = Changing…
settings-passphrase-changed = Your passphrase has been changed.
settings-about-title = About this app
settings-about-location = Your vault is in { $path }.
settings-about-training = Training mode: the vault exists only in this browser's memory.
settings-about-version = Leefwereld version { $version }
settings-about-hint = Privacy, accessibility and whom to ask
about-back = Back to settings
about-privacy-title = Privacy statement
about-privacy-1 = Leefwereld keeps your notes encrypted on this device. Without your passphrase nobody can read them, not even the makers of the app.
about-privacy-2 = Something only goes to the municipality when you share it: a shortened version without names, numbers and addresses, and only with consent.
about-privacy-3 = Your own name never goes along: only your organisation and a device code.
about-privacy-4 = Notes disappear after the retention period you choose in Settings. Quick delete erases everything at once.
about-privacy-5 = Every action goes into a log without content. With it you account to the privacy officer.
about-privacy-6 = The app collects no usage data and sends nothing to its makers.
about-officer-title = Questions about privacy
about-officer-intro = The privacy officer of { $municipality }:
about-officer-name = Name
about-officer-contact = Contact
about-officer-unknown = Your connection profile names no privacy officer yet. Ask your manager who your organisation's data protection officer is.
about-access-title = Accessibility statement
about-access-1 = Leefwereld aims to meet WCAG 2.1, level AA.
about-access-2 = With every change a test checks every screen with axe-core: in Dutch and English, light and dark, and at 200 % text.
about-access-3 = Everything works with the keyboard. The link 'Skip to content' skips the menu; after every step the focus is on the new screen's heading.
about-access-4 = Does something not work well for you? Tell your organisation so that it gets fixed.
about-device-title = This device

quick-delete-title = Quick delete
quick-delete-explain = Erases all entries, attachments and settings on this device at once. This cannot be undone.
quick-delete-start = Erase everything
quick-delete-countdown = { $seconds ->
    [0] Erasing…
    [one] Everything will be erased in 1 second.
   *[other] Everything will be erased in { $seconds } seconds.
}
quick-delete-cancel = Stop, do not erase

## Positions and reminders screens

home-positions-link = Who may do what?
home-positions-hint = What each partner may do online, and what a partner may do with a shared entry
home-quick-delete = Emergency: wipe everything
home-outbox-parked = { $count ->
    [one] 1 item refused: it waits for you
   *[other] { $count } items refused: they wait for you
}
home-reminders-title = { $count ->
    [one] 1 open reminder
   *[other] { $count } open reminders
}
home-reminders-more = { $count ->
    [one] And 1 more.
   *[other] And { $count } more.
}
home-reminders-open = See reminders

positions-title = Who may do what?
positions-intro = What each partner may and does do online, where their information comes from and what they need. Tap a partner to read everything.
positions-partners = Partners
positions-own-role = Your role
positions-shared-title = With an entry you share
positions-all = All partners
positions-matrix-title = Who may do what online?
positions-matrix-partner = Partner
positions-matrix-question = What do you want to know about?
positions-with-your-note = With your note
positions-more-about = More about { $partner }
positions-search = Search the cards
positions-search-none = No card found. Try another word.
positions-search-found = { $count ->
    [one] 1 card found.
   *[other] { $count } cards found.
}

reminders-title = Reminders
reminders-intro = About being open with young people and handling what you record with care. Tick off what you have done, or put it off for a while.
reminders-empty = No open reminders. You are up to date.
reminders-since = Since { $date }
reminders-entry-link = See the entry
reminders-record-informed = Record that you informed the young person
reminders-read = Read
reminders-done = Done
reminders-snooze-day = Again tomorrow
reminders-snooze-week = In a week
# The accessible name of a button on a reminder: what it does, then which reminder.
reminders-action-named = { $action }: { $title }
reminders-acknowledged = Ticked off: { $title }.
reminders-acknowledged-returns = Ticked off: { $title }. This reminder comes back in { $days } days.
reminders-snoozed = Put off: { $title }. You will see this reminder again on { $date }.

## Weekly summary screen
nav-summary = Week
weekview-picker = Choose a week
weekview-this-week-badge = (this week)
weekview-previous = Previous week
weekview-next = Next week
weekview-to-this-week = Go to this week
weekview-scope = Summary of
weekview-scope-team = The team
weekview-scope-own = My entries
weekview-total-entries = { $count ->
    [one] entry this week
   *[other] entries this week
}
weekview-change-more = { $count } more than the week before
weekview-change-fewer = { $count } fewer than the week before
weekview-change-same = As many as the week before
weekview-previous-total = The week before: { $count }
weekview-kind-count = { $kind }: { $count }
weekview-empty = No entries in this week.
weekview-empty-team = No weekly reports from the team for this week yet.
weekview-themes-chart = Entries per theme in week { $week }
weekview-themes-table = Per theme in week { $week }, with the week before
weekview-open-theme = { $count ->
    [one] Open 1 entry about { $theme } in week { $week }
   *[other] Open { $count } entries about { $theme } in week { $week }
}
weekview-series-range = Week { $from } to week { $to }. The last point is the chosen week.
weekview-series-spark = { $theme }, week { $from } to { $to }: { $values }
weekview-series-now = now { $count }
weekview-series-empty = No entries in these 12 weeks.
weekview-series-table = Show as a table
weekview-series-caption = Entries per theme per week
weekview-col-week = Week
weekview-breakdown = More: platforms, source types and neighbourhoods
weekview-back = Back to the weekly summary
weekview-export-title = Export for the partner meeting
weekview-export-hint = Counts below the threshold are masked, and the export holds no data about persons. Every export is recorded in the log.
weekview-export-html = Printable page (HTML)
weekview-export-csv = Table (CSV)
weekview-file-name = leefwereld-weekly-summary-{ $week }
weekview-export-downloaded = { $name } was downloaded.
weekview-export-saved = Saved as { $path }
weekview-export-failed = The file could not be saved. Please try again.
weekview-team-title = Weekly reports of the team
weekview-team-explain = Fetches your team members' weekly reports of this week and the four weeks before it from the municipality, with your connection profile: those weeks show what is coming up. They hold only counts and released trend descriptions.
weekview-team-fetch = Fetch weekly reports
weekview-team-fetching = Fetching…
weekview-team-fetched = { $count ->
    [one] 1 weekly report fetched.
   *[other] { $count } weekly reports fetched.
}
weekview-team-refused = { $count ->
    [one] 1 document is not counted:
   *[other] { $count } documents are not counted:
}
weekview-team-training = Training mode: the weekly reports come from three made-up colleagues. They are signed and encrypted like real reports, so you can practise fetching them and comparing keys. Nothing goes over the network.
weekview-team-training-readout = What your practice colleagues read out to you (in real life in person or on the phone)
weekview-team-training-colleague = { $pseudonym }, device code { $reporter }
weekview-report-title = Weekly report for your team lead
weekview-report-explain = Only this week's counts and the trend descriptions you released yourself, encrypted for your team lead. It goes out with the next sync.
weekview-report-queue = Queue my weekly report for week { $week }
weekview-report-queued = Your weekly report for week { $week } is in the outbox and goes out with the next sync.
weekview-report-unavailable = Nothing is shared in the training mode: a weekly report cannot be queued here.
weekview-report-no-team = A weekly report needs a connection profile with team details. Ask your team lead for one.

locked-capture-title = Quick note without unlocking
locked-capture-hint = Your note is encrypted at once. Nobody can read it back here, you neither: you confirm it after unlocking.
locked-waiting = { $count ->
    [one] 1 note waits for unlocking.
   *[other] { $count } notes wait for unlocking.
}
locked-saved = Saved and encrypted. Confirm the note after unlocking.
locked-text = What did you see?
locked-reason = Why do you note it?
locked-source = Source
locked-theme = Theme
locked-platform = Platform
locked-choose = Choose…
locked-required = Choose this first.
locked-save = Encrypt and save
pending-title = Made while the app was locked
pending-intro = These notes were made on the lock screen. The app cannot verify such a note: confirm what is yours, throw away what you do not recognise.
pending-noted = Noted { $when }
pending-unreadable = This note cannot be opened: damaged, or not made by this app. You can only throw it away.
pending-confirm = Confirm
pending-discard = Throw away
pending-confirmed = Note confirmed and saved.
pending-discarded = Note thrown away.
form-order-reference = Reference of the public prosecutor's order
form-order-reference-hint = Needed for information from a closed source. Only the reference, nothing of the order's content.
form-justification = Justification
form-justification-hint = Why noting this again about the same people is needed (at least a short sentence). It stays encrypted with the note; the log records only that there is a justification.
form-source-required = Choose where you saw this: the source decides whether you must inform the young person.
form-when-now = Just now
form-when-earlier-today = Earlier today
form-when-yesterday = Yesterday
form-when-other = Another day
form-observed-day = Day
form-observed-day-hint = For example 7-3-2026 (day-month-year).
form-observed-time = About what time?
form-observed-time-hint = For example 14:30 or 9.
attachments-choose = Choose files
attachments-existing = Already with this entry:
flash-discarded = Entry thrown away
flash-undo = Undo
