## Minimising: what the app finds in free text before anything is shared
## (core/src/minimise). For each kind a label and a short explanation for the youth worker.

finding-name = Name or alias
finding-name-why = A name or nickname you tagged on this note, or a name after "is called", "nickname", "talked with", "name:" or "mother of". It identifies the young person directly.
finding-handle = Account or user name
finding-handle-why = An @name or user name (Snapchat, Instagram, TikTok, Discord, gaming) leads to someone's profile in one click.
finding-url = Link
finding-url-why = A link to a profile, video or group invite shows who it is or where the conversation takes place.
finding-email = E-mail address
finding-email-why = An e-mail address belongs to one person and is easy to look up.
finding-phone = Phone number
finding-phone-why = A phone number leads straight to one person, also through WhatsApp or Telegram.
finding-bsn = Citizen service number (BSN)
finding-bsn-why = A citizen service number is unique to one person and never belongs in a signal.
finding-iban = Bank account number (IBAN)
finding-iban-why = A bank account number belongs to one person; in cases of exploitation or money mules it is sensitive as well.
finding-postcode = Postcode
finding-postcode-why = A postcode points to a handful of houses. Name the neighbourhood only.
finding-address = Address
finding-address-why = A street with a house number points to one home. Name the neighbourhood only.
finding-licence-plate = Licence plate
finding-licence-plate-why = A licence plate leads through the vehicle to its owner or driver.
finding-numeric-id = Long number
finding-numeric-id-why = A long number may be a case, customer or card number that leads to one person. Keep it if it is not.
finding-exact-age = Exact age
finding-exact-age-why = Together with neighbourhood and school, an exact age makes someone easy to recognise. Only the age band is shared.
finding-possible-name = Possibly a name
finding-possible-name-why = This word is in the list of first names and surnames, or is written like a name. If it is a name, replace it; if it is not (a place, a brand, a word), keep it.
finding-date-of-birth = Date of birth
finding-date-of-birth-why = Together with the neighbourhood, a date of birth makes someone easy to find. Name the age band only.

finding-field-text = Note
finding-field-reason = Reason
finding-field-neighbourhood = Neighbourhood

finding-decision-redact = Replace
finding-decision-keep = Keep

share-step-partner = Partner
share-step-consent = Consent
share-step-informing = Inform the young person
share-step-findings = Identifying details
share-step-frames = Rules of your role
