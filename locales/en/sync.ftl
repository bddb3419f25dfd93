error-connection-profile = The connection profile cannot be used.
error-no-connection = There is no connection to the municipality's case system yet. Import a connection profile in Settings.
error-no-team = Your connection profile names no team, so there are no weekly reports. Ask your team lead or the municipality for a connection profile with team details.

profile-problem-not-a-profile = This is not a Leefwereld connection profile. Ask the municipality for the right file or QR code.
profile-problem-unknown-format = This connection profile has a format ({ $format }) this version does not know. Update the app.
profile-problem-missing = The field { $field } is missing from the connection profile.
profile-problem-too-long = The field { $field } in the connection profile is too long.
profile-problem-bad-url = The field { $field } is not a valid web address.
profile-problem-https-required = The field { $field } must use a secure connection (https).
profile-problem-bad-rsin = The RSIN of the source organisation is not valid (9 digits that pass the eleven test).
profile-problem-bad-confidentiality = The confidentiality level is unknown.
profile-problem-bad-recipient = Recipient { $number } is not a valid age key (one that starts with age1).
profile-problem-bad-team = The team details are not valid: a short team id (letters, digits, dashes) and the team lead's age key.
profile-problem-too-large = This connection profile is far larger than a real one. Ask the municipality for the right file.
profile-problem-unprintable = The field { $field } holds invisible or control characters.
profile-problem-user-info = The field { $field } has a user name or password before the server name. Such an address can hide another server.
profile-problem-bad-port = The field { $field } has a port outside 1–65535.
profile-problem-secret-too-short = The client secret is too short: at least { $min } characters. Ask the municipality for a new secret.
profile-problem-too-many-recipients = This connection profile names too many recipients (at most { $max }).

sync-problem-offline = No connection. Leefwereld tries again later by itself.
sync-problem-server = The case system had a fault (code { $status }). Leefwereld tries again later by itself.
sync-problem-refused = The case system refused this (code { $status }). It waits until you or the administrator fix it:
sync-problem-field = • { $field }: { $reason }
sync-problem-not-authorised = The case system does not accept the app's login (code { $status }). Nothing is sent until the municipality provides a new connection profile.
sync-problem-misconfigured = The connection profile does not fit the case system: { $detail }. Ask the municipality for a new connection profile.
sync-problem-foreign-url = The case system pointed to another server ({ $origin }) than the connection profile names. Nothing was sent there. Tell the municipality's administrator.
sync-problem-redirected = The case system redirected the app (code { $status }). Leefwereld never follows redirects, so that its login goes nowhere else. Tell the municipality's administrator.
sync-problem-case-closed = The municipality closed the case. The case system adds nothing more to it. Ask the municipality to reopen the case, or leave this note out.
sync-problem-type-mismatch = The municipality already holds a document { $document } with another informatieobjecttype than the zaaktype allows (from an earlier, wrong setting). The app does not link it. Ask the administrator to delete it; then it can be tried again.
sync-problem-withdrawal-refused = The municipality closed the case, so the app can no longer remove the shared note. Ask the municipality to delete the note: consent was withdrawn.
sync-clock-corrected = This device's clock was { $seconds } seconds off from the case system's. Leefwereld corrected for it and sent again.

sync-step-types = Looking up the case type
sync-step-find-case = Finding the case
sync-step-create-case = Creating the case
sync-step-find-document = Finding the document
sync-step-create-document = Sending the document
sync-step-link = Linking the document to the case
sync-step-unlink = Removing the link
sync-step-delete-document = Deleting the document
sync-step-fetch = Fetching reports

outbox-kind-share = Share
outbox-kind-retract = Retract
outbox-kind-team-report = Weekly report for the team
