kind-trend = Trend
kind-signaal = Signal

theme-radicalisation = Radicalisation and extremism
theme-polarisation = Polarisation
theme-recruitment = Online recruitment
theme-borderline-content = Borderline content (legal yet harmful)
theme-exploitation = Exploitation
theme-online-crime = Online crime
theme-planned-fight = Planned fight or incident
theme-youth-groups = Youth groups and nuisance
theme-undermining = Undermining crime
theme-disinformation = Disinformation
theme-threats-professionals = Threats or doxing of professionals
theme-withdrawal = Isolation and extreme screen time
theme-other = Other

platform-whatsapp = WhatsApp
platform-snapchat = Snapchat
platform-instagram = Instagram
platform-telegram = Telegram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-facebook = Facebook
platform-discord = Discord
platform-x = X
platform-gaming = Gaming platform
platform-news = News channel
platform-offline = Offline or on the street
platform-other = Other

source-open-source = Open source
source-closed-group = Closed group
source-direct-contact = Direct contact with the young person
source-offline = Offline

urgency-low = Low
urgency-normal = Normal
urgency-high = High
urgency-acute = Acute

ageband-0-11 = Under 12
ageband-12-15 = 12 to 15 years
ageband-16-17 = 16 or 17 years
ageband-18-22 = 18 to 22 years
ageband-23-plus = 23 or older

role-jongerenwerker = Youth worker
role-politie = Police (digital community officer)
role-boa = Enforcement officer (boa)
role-gemeente-oov = Municipality (public order and safety)
role-school = School
role-teamlead = Team lead

share-not-shared = On this device only
share-queued = Ready to share
share-shared = Shared
share-shared-older = Shared (older version)
share-retracting = Being retracted
share-retracted = Retracted
share-parked = Refused by the case system

audit-action-create = Recorded
audit-action-edit = Edited
audit-action-delete = Deleted
audit-action-consent = Consent recorded
audit-action-consent-withdrawn = Consent withdrawn
audit-action-share = Shared
audit-action-retract = Retracted
audit-action-purge = Purged after retention
audit-action-export = Exported
audit-action-unlock-failure = Failed unlock attempt
audit-action-wipe = Vault wiped
audit-action-passphrase-changed = Passphrase changed
audit-action-settings-changed = Settings changed
audit-action-reminder-acknowledged = Reminder acknowledged
audit-action-frame-justified = Justification for a role frame
audit-action-connection-profile = Connection profile set
audit-action-team-key-accepted = Colleague's key accepted
audit-action-retract-refused = Withdrawal refused by the case system
audit-action-finding-kept = Found detail kept
audit-action-chain-break = Break in the log detected
