kind-trend = Trend
kind-signaal = Signaal

theme-radicalisation = Radicalisering en extremisme
theme-polarisation = Polarisatie
theme-recruitment = Online ronselen
theme-borderline-content = Schurende content (legaal maar schadelijk)
theme-exploitation = Uitbuiting
theme-online-crime = Online criminaliteit
theme-planned-fight = Geplande vechtpartij of incident
theme-youth-groups = Jeugdgroepen en overlast
theme-undermining = Ondermijning
theme-disinformation = Desinformatie
theme-threats-professionals = Bedreiging of doxing van professionals
theme-withdrawal = Isolement en extreme schermtijd
theme-other = Overig

platform-whatsapp = WhatsApp
platform-snapchat = Snapchat
platform-instagram = Instagram
platform-telegram = Telegram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-facebook = Facebook
platform-discord = Discord
platform-x = X
platform-gaming = Gamingplatform
platform-news = Nieuwskanaal
platform-offline = Offline of op straat
platform-other = Overig

source-open-source = Openbare bron
source-closed-group = Besloten groep
source-direct-contact = Direct contact met de jongere
source-offline = Offline

urgency-low = Laag
urgency-normal = Normaal
urgency-high = Hoog
urgency-acute = Acuut

ageband-0-11 = Jonger dan 12
ageband-12-15 = 12 t/m 15 jaar
ageband-16-17 = 16 of 17 jaar
ageband-18-22 = 18 t/m 22 jaar
ageband-23-plus = 23 jaar of ouder

role-jongerenwerker = Jongerenwerker
role-politie = Politie (digitaal wijkagent)
role-boa = Toezicht en handhaving (boa)
role-gemeente-oov = Gemeente (OOV)
role-school = School
role-teamlead = Teamleider

share-not-shared = Alleen op dit toestel
share-queued = Klaar om te delen
share-shared = Gedeeld
share-shared-older = Gedeeld (oudere versie)
share-retracting = Wordt ingetrokken
share-retracted = Ingetrokken
share-parked = Geweigerd door het zaaksysteem

audit-action-create = Vastgelegd
audit-action-edit = Gewijzigd
audit-action-delete = Verwijderd
audit-action-consent = Toestemming vastgelegd
audit-action-consent-withdrawn = Toestemming ingetrokken
audit-action-share = Gedeeld
audit-action-retract = Ingetrokken
audit-action-purge = Opgeschoond na bewaartermijn
audit-action-export = Geëxporteerd
audit-action-unlock-failure = Mislukte ontgrendelpoging
audit-action-wipe = Kluis gewist
audit-action-passphrase-changed = Wachtzin gewijzigd
audit-action-settings-changed = Instellingen gewijzigd
audit-action-reminder-acknowledged = Herinnering bevestigd
audit-action-frame-justified = Onderbouwing bij rolkader
audit-action-connection-profile = Koppelprofiel ingesteld
audit-action-team-key-accepted = Sleutel van collega geaccepteerd
audit-action-retract-refused = Intrekken geweigerd door het zaaksysteem
audit-action-finding-kept = Gevonden gegeven laten staan
audit-action-chain-break = Breuk in het logboek ontdekt
