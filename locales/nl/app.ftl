# The app's screens (mobile/). Vocabulary labels (themes, platforms, …) and error messages
# come from entry.ftl and errors.ftl.

language-own-name = Nederlands
lock-now = Vergrendel
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-home = Start
nav-entries = Notities
leave-app-confirm = Deze link opent buiten Leefwereld, in je browser. Wil je hem openen?
nav-settings = Instellingen

training-title = Oefenmodus
training-body = Niets wordt bewaard: sluit je dit tabblad, dan is alles weg. Delen staat uit.

flash-saved-trend = Trend opgeslagen.
flash-saved-signal = Signaal opgeslagen.
flash-updated = Wijziging opgeslagen.
flash-deleted = Notitie verwijderd.

## Onboarding

onboarding-title = Welkom bij Leefwereld
onboarding-intro = Leg trends en signalen uit de online leefwereld van jongeren snel en veilig vast.
onboarding-promises-title = Wat de app bewaart en wat het toestel verlaat
onboarding-promise-kept = Je notities blijven versleuteld op dit toestel. Zonder je wachtzin kan niemand ze lezen.
onboarding-promise-shared = Er gaat alleen iets naar de gemeente als jij het deelt, met toestemming en zonder namen of andere herkenbare gegevens.
onboarding-promise-identity = Je eigen naam gaat nooit mee: alleen je organisatie en een schuilnaam.
onboarding-language = Taal
onboarding-role = Je rol
onboarding-role-hint = Je rol bepaalt welke regels de app toepast, bijvoorbeeld voor besloten bronnen.
onboarding-organisation = Organisatie
onboarding-organisation-hint = Bijvoorbeeld Jongerenwerk Zuid. Deze naam staat bij wat je deelt.
onboarding-pseudonym = Schuilnaam
onboarding-pseudonym-hint = Voor het logboek, bijvoorbeeld JW-07. Niet je eigen naam.
onboarding-passphrase = Wachtzin
onboarding-passphrase-hint = Een paar ongewone woorden werkt goed. Vergeet je de wachtzin, dan kan niemand je notities nog lezen, ook jij niet.
onboarding-repeat = Herhaal de wachtzin
onboarding-repeat-mismatch = De twee wachtzinnen zijn niet gelijk.
onboarding-create = Kluis aanmaken
onboarding-creating = Kluis wordt aangemaakt…

passphrase-show = Toon
passphrase-hide = Verberg
strength-score = Sterkte: { $label } ({ $score } van 4)
strength-acceptable = Sterk genoeg.
strength-not-acceptable = Nog niet sterk genoeg.

## Lock

unlock-title = Leefwereld is vergrendeld
unlock-intro = Vul je wachtzin in om verder te gaan.
unlock-passphrase = Wachtzin
unlock-submit = Ontgrendel
unlock-busy = Bezig met ontgrendelen…
unlock-emergency = Noodgeval: alles wissen
unlock-report-failed = { $count ->
    [one] Sinds de vorige keer is er 1 keer een verkeerde wachtzin ingevoerd (niet te controleren: vastgelegd terwijl de kluis op slot was, dus iemand met toegang tot de opslag van de telefoon kan dit hebben toegevoegd).
   *[other] Sinds de vorige keer is er { $count } keer een verkeerde wachtzin ingevoerd (niet te controleren: vastgelegd terwijl de kluis op slot was, dus iemand met toegang tot de opslag van de telefoon kan dit hebben toegevoegd).
}
unlock-report-not-you = Niet jij? Dan kent iemand misschien je toestel en probeert je wachtzin te raden.
unlock-report-change-passphrase = Wijzig je wachtzin
unlock-report-quick-delete = Snel wissen
unlock-report-purged = { $count ->
    [one] 1 notitie is verwijderd omdat de bewaartermijn voorbij was.
   *[other] { $count } notities zijn verwijderd omdat de bewaartermijn voorbij was.
}
unavailable-title = De kluis is nu niet te openen
unavailable-retry = Probeer opnieuw

## Home

home-title = Vastleggen
network-online = Online. Je notities blijven op dit toestel.
network-offline = Offline. Vastleggen werkt gewoon; alles blijft op dit toestel.
home-draft-title = Niet afgemaakt
home-draft-trend = Je was een trend aan het vastleggen.
home-draft-signal = Je was een signaal aan het vastleggen.
home-draft-resume = Verder met vastleggen
home-capture-trend = Trend
home-capture-trend-hint = Iets nieuws in de online leefwereld. Nooit over één persoon.
home-capture-signal = Signaal
home-capture-signal-hint = Een zorg over een jongere of groep, met een concrete aanleiding.
home-recent = Laatst vastgelegd
home-empty = Nog geen notities. Wat je vastlegt, blijft versleuteld op dit toestel.
home-all-entries = Alle notities ({ $count })

## Capture and edit

capture-trend-title = Trend vastleggen
capture-trend-intro = Schrijf wat je ziet, kies een thema en sla op.
capture-signal-title = Signaal vastleggen
capture-signal-intro = Schrijf op wat je zag en waarom je het vastlegt. Personen beschrijf je alleen zoals jij wilt.
capture-save = Opslaan
capture-discard = Weggooien
capture-back = Terug naar start
edit-title = Notitie wijzigen
edit-intro = De vorige versie blijft bewaard.
edit-save = Wijziging opslaan

form-theme = Thema
form-theme-required = Kies een thema.
form-theme-more = Meer thema's
form-theme-more-legend = Andere thema's
form-theme-same = Zelfde als vorige keer: { $theme }
form-platform = Platform
form-source = Hoe weet je het?
form-urgency = Urgentie
form-text-trend = Wat zie je?
form-text-trend-hint = Beschrijf het verschijnsel, zonder namen.
form-text-signal = Wat heb je gezien of gehoord?
form-text-signal-hint = Feiten eerst; je mening kun je erbij zetten.
form-reason = Aanleiding
form-reason-hint = Waarom leg je dit vast? Bijvoorbeeld: een jongere vertelde het zelf.
form-neighbourhood = Wijk (niet verplicht)
form-neighbourhood-hint = Alleen de wijk, geen straat of adres.
form-observed = Wanneer gezien?
form-observed-invalid = Vul een dag (dd-mm-jjjj) en een tijd (uu:mm) in, of kies "Net".
form-more-details = Meer details (niet verplicht)
form-people = Betrokkenen (niet verplicht)
form-people-hint = Namen en bijnamen die je hier noemt, worden weggehaald voordat er iets wordt gedeeld.
form-alias = Naam of bijnaam
form-alias-add = Voeg toe
form-alias-remove = Verwijder { $alias }
form-aliases-tagged = Genoemde namen
form-age = Leeftijd
form-age-unknown = Niet genoemd

attachments-label = Bijlagen (niet verplicht)
attachments-hint = Bijvoorbeeld een schermafbeelding. Hooguit { $max } MB per bestand.
attachments-unreadable = Een bestand kon niet worden gelezen. Kies het opnieuw.
attachments-remove = Verwijder
attachments-remove-named = Verwijder bijlage { $name }
attachments-remove-question = Deze bijlage definitief verwijderen?
attachments-remove-confirm = Ja, verwijder
attachments-show = Bekijk
attachments-show-named = Bekijk bijlage { $name }

## List

list-title = Notities
list-search-label = Zoek in je notities
list-search-placeholder = Zoek op woord, wijk of naam
list-search-submit = Zoek
list-filters = Filters
list-any = Alle
list-filter-kind = Soort
list-filter-theme = Thema
list-filter-platform = Platform
list-filter-week = Week
list-filter-share = Delen
list-week-option = Week { $week } ({ $from } t/m { $to })
list-clear-filters = Wis zoekopdracht en filters
list-found = { $count ->
    [one] 1 gevonden
   *[other] { $count } gevonden
}
list-empty = Nog geen notities.
list-empty-filtered = Geen notities gevonden. Probeer andere woorden of filters.
list-more = Toon meer

entry-open = Open notitie
entry-urgency = Urgentie: { $level }
entry-attachment-count = { $count ->
    [one] 1 bijlage
   *[other] { $count } bijlagen
}

## Detail

detail-title = Notitie
detail-back = Terug naar notities
detail-text = Notitie
detail-revision = Versie { $revision }
detail-observed = Gezien
detail-recorded = Vastgelegd
detail-updated = Gewijzigd
detail-source = Bron
detail-reason = Aanleiding
detail-neighbourhood = Wijk
detail-attachments = Bijlagen
detail-aliases = Genoemde namen
detail-share = Delen
detail-expires = Wordt verwijderd op
detail-edit = Wijzig
detail-delete = Verwijder
detail-delete-question = Deze notitie met alle versies en bijlagen definitief verwijderen?
detail-delete-confirm = Ja, verwijder
detail-revisions = { $count ->
    [one] 1 eerdere versie
   *[other] { $count } eerdere versies
}
detail-revision-line = Versie { $revision }, { $when }

## Sharing (entry detail, share screen)

detail-sharing-title = Delen met de gemeente
detail-sharing-hint = Alleen een ingekorte versie zonder namen, nummers en adressen gaat naar het zaaksysteem van de gemeente, en alleen met toestemming.
detail-share-open = Bekijk wat er gedeeld wordt

share-title = Delen
share-back = Terug naar de notitie
share-target = Voor welke partner?
share-target-hint = De notitie komt in het zaaksysteem van de gemeente terecht, voor deze partner.
share-payload-title = Dit gaat mee
share-payload-hint = Precies deze gegevens worden versleuteld zodat alleen de gemeente ze kan lezen. Je naam, bijlagen en de genoemde namen gaan nooit mee.
share-guidance-title = Wat mag de ontvanger ermee:
share-guidance-may = Mag wel
share-guidance-may-not = Mag niet
share-verdict-title = Kan het gedeeld worden?
share-eligible = Ja. Alles is geregeld; je kunt het nu in de wachtrij zetten.
share-blocked = Nog niet. Dit moet eerst geregeld zijn:
share-training = In de oefenmodus wordt niets gedeeld of verstuurd. Je kunt wel alles bekijken en oefenen.
share-signal-note = Vertel de jongere ook wanneer het gedeeld is, als dat veilig kan.
share-submit = Zet in de wachtrij om te versturen
share-checklist = Stappen om te delen
share-check-done = Geregeld
share-check-open = Nog niet geregeld
share-check-findings-open = { $count } open
share-check-already-shared = Al gedeeld met deze partner
share-check-not-allowed = Niet toegestaan
share-payload-technical = Technische weergave
share-payload-technical-hint = Dezelfde gegevens precies zoals ze versleuteld worden, met de veldnamen die het zaaksysteem leest.
share-sent-to = Voor
share-sent-from = Van
share-sent-kind = Soort
share-sent-theme = Thema
share-sent-platform = Platform
share-sent-source = Bron
share-sent-urgency = Urgentie
share-sent-observed = Gezien
share-sent-neighbourhood = Wijk
share-sent-age = Leeftijd
share-sent-text = Notitie
share-sent-reason = Aanleiding
share-sent-consent = Toestemming
share-sent-consent-missing = Nog niet vastgelegd
share-sent-none = (niet ingevuld)
consent-for = De toestemming geldt voor: { $partner }. Een andere partner kies je bovenaan.
consent-not-for-target = Deze toestemming geldt niet voor { $partner }. Leg vast dat ook daarvoor toestemming is gegeven, of kies bovenaan een partner waarvoor ze geldt.
flash-queued = Staat in de wachtrij. Leefwereld verstuurt het zodra er verbinding is.

consent-title = Toestemming
consent-intro-trend = Een trend gaat over niemand in het bijzonder. Je geeft hem zelf vrij.
consent-intro-signal = Leg vast wie toestemming gaf en hoe je diegene hebt uitgelegd wat delen betekent.
consent-given-by = Toestemming van
consent-informed-how = Uitgelegd
consent-given-at = Gegeven op
consent-scope = Mag naar
consent-record = Leg toestemming vast
consent-recorded = Toestemming vastgelegd.
consent-choose-giver = Kies van wie de toestemming komt.
consent-choose-informed = Kies hoe je het hebt uitgelegd.
consent-withdraw = Trek toestemming in
consent-withdraw-question = Toestemming intrekken? Wat al gedeeld is, wordt uit het zaaksysteem verwijderd.
consent-withdraw-confirm = Ja, trek in
consent-withdrawn = { $count ->
    [0] Toestemming ingetrokken. Er was nog niets verstuurd.
    [one] Toestemming ingetrokken. Eén gedeelde versie wordt uit het zaaksysteem verwijderd.
   *[other] Toestemming ingetrokken. { $count } gedeelde versies worden uit het zaaksysteem verwijderd.
}

inform-title = Eerst de jongere informeren
inform-body = Jongerenwerk is open over wat het vastlegt en deelt. Vertel de jongere wat je deelt en waarom, of leg vast waarom dat nu niet veilig kan.
inform-how = Hoe heb je het verteld?
inform-record = De jongere is geïnformeerd
inform-exception = Informeren is niet veilig
inform-justification = Waarom kan het niet?
inform-justification-hint = Minstens een korte zin. Dit blijft versleuteld op je toestel; het logboek noteert alleen dat er een uitzondering is.
inform-exception-record = Leg de uitzondering vast

findings-title = Herkenbare gegevens
findings-none = Er staan geen namen, nummers of adressen in de tekst.
findings-open = { $count ->
    [one] Nog 1 gegeven om te beslissen.
   *[other] Nog { $count } gegevens om te beslissen.
}
findings-all-decided = Over alles is beslist.
findings-mark-label = (gevonden gegeven { $number })
findings-replacement = "{ $found }" wordt { $replacement }
findings-undecided = Nog niet beslist
findings-decided = Besluit: { $decision }
findings-replace-all = Vervang alles
findings-keep-reason = Waarom laat je dit staan? (een paar woorden)
findings-keep-confirm = Laten staan met deze reden

## Outbox

nav-outbox = Verzenden
outbox-title = Verzenden
outbox-intro = Wat klaarstaat voor het zaaksysteem van de gemeente. Leefwereld verstuurt het vanzelf als er verbinding is.
outbox-to-settings = Naar Instellingen
outbox-empty = Er staat niets klaar.
outbox-count = { $count ->
    [one] 1 item in de wachtrij
   *[other] { $count } items in de wachtrij
}
outbox-queued-at = In de wachtrij sinds { $when }
outbox-waiting = Wacht op verzenden
outbox-retrying = { $attempts ->
    [one] 1 keer geprobeerd; volgende poging { $when }
   *[other] { $attempts } keer geprobeerd; volgende poging { $when }
}
outbox-parked = Geweigerd: wacht op jou
outbox-open-entry = Open de notitie
outbox-retry = Probeer opnieuw
outbox-send-now = Nu versturen
outbox-progress = Bezig: { $done } van { $total }
outbox-progress-label = Voortgang van het versturen
outbox-report = Verstuurd: { $delivered }. Ingetrokken: { $retracted }. Nog in de wachtrij: { $remaining }.

## Settings: connection and accountability

connection-title = Koppeling met de gemeente
connection-none = Er is nog geen koppelprofiel. Zonder koppelprofiel blijft alles op dit toestel.
connection-import = Koppelprofiel inlezen
connection-import-hint = De gemeente geeft je een bestand of een tekst die begint met LWP1:. Het geheim erin wordt versleuteld bewaard.
connection-file = Kies het bestand
connection-paste = Of plak de tekst
connection-import-submit = Lees in
connection-imported = Koppelprofiel van { $municipality } ingelezen.
connection-unreadable = Dit bestand kon niet gelezen worden.
connection-removed = Koppelprofiel verwijderd.
connection-remove = Verwijder koppeling
connection-remove-question = Koppeling verwijderen? Wat in de wachtrij staat, blijft wachten tot er een nieuw koppelprofiel is.
connection-remove-confirm = Ja, verwijder
connection-municipality = Gemeente
connection-zaken = Zaken-API
connection-documenten = Documenten-API
connection-client = Client-id
connection-recipients = Sleutels van de gemeente
connection-trend-cases = Trends komen in
connection-trends-per-week = één zaak per week
connection-trends-each = een eigen zaak per trend
connection-fingerprints-title = Vingerafdrukken
connection-fingerprints-hint = Vergelijk deze cijfers met wat de gemeente je op papier gaf. Wijkt er één af, gebruik de koppeling dan niet en meld het bij de gemeente: dan kan iemand anders meelezen.
connection-fingerprint-recipient = Sleutel { $number } van de gemeente
connection-fingerprint-team = Sleutel van je teamleider
connection-lead-key = Jouw sleutel voor teamrapporten
connection-lead-key-hint = Geef deze sleutel aan de gemeente voor het koppelprofiel van je team (team.recipient). Alleen jouw kluis kan de weekrapporten van je team openen. De cijfers eronder zijn de vingerafdruk die je collega's te zien krijgen.

report-section-title = Verantwoording
report-section-hint = Een overzicht van wat er met dit toestel is gedaan (vastleggen, toestemming, delen, intrekken, exporteren), zonder inhoud. Het exporteren zelf komt in het logboek.
report-from = Van
report-to = Tot en met
report-dates-invalid = Kies twee geldige datums; de eerste niet na de tweede.
report-export-markdown = Exporteer als tekst (Markdown)
report-export-csv = Exporteer als CSV
report-exported = Verantwoording opgeslagen: { $place }
report-save-failed = Het bestand kon niet worden opgeslagen. Is er genoeg ruimte?

## Settings

settings-title = Instellingen
settings-language-title = Taal
settings-language = Taal van de app
settings-keeping-title = Vergrendelen en bewaren
settings-lock-timeout = Automatisch vergrendelen na
settings-lock-timeout-hint = Als je de app niet gebruikt. Naar de achtergrond gaan vergrendelt altijd meteen.
settings-retention = Bewaartermijn
settings-retention-hint = Notities worden na deze termijn automatisch verwijderd ({ $min } tot { $max } dagen). Een kortere termijn verwijdert oudere notities meteen.
settings-retention-trend = Trends bewaren (dagen)
settings-retention-signal = Signalen bewaren (dagen)
settings-save = Instellingen opslaan
settings-saved = Instellingen opgeslagen.
settings-purged = { $count ->
    [one] 1 notitie is verwijderd omdat die ouder was dan de nieuwe bewaartermijn.
   *[other] { $count } notities zijn verwijderd omdat ze ouder waren dan de nieuwe bewaartermijn.
}
duration-seconds = { $count } seconden
duration-minutes = { $count ->
    [one] 1 minuut
   *[other] { $count } minuten
}
settings-passphrase-title = Wachtzin wijzigen
settings-passphrase-old = Huidige wachtzin
settings-passphrase-new = Nieuwe wachtzin
settings-passphrase-submit = Wachtzin wijzigen
settings-passphrase-busy = Bezig met wijzigen…
settings-passphrase-changed = Je wachtzin is gewijzigd.
settings-about-title = Over deze app
settings-about-location = Je kluis staat in { $path }.
settings-about-training = Oefenmodus: de kluis bestaat alleen in het geheugen van deze browser.
settings-about-version = Leefwereld versie { $version }
settings-about-hint = Privacy, toegankelijkheid en wie je kunt vragen
about-back = Terug naar instellingen
about-privacy-title = Privacyverklaring
about-privacy-1 = Leefwereld bewaart je notities versleuteld op dit toestel. Zonder je wachtzin kan niemand ze lezen, ook de makers van de app niet.
about-privacy-2 = Er gaat alleen iets naar de gemeente als jij het deelt: een ingekorte versie zonder namen, nummers en adressen, en alleen met toestemming.
about-privacy-3 = Je eigen naam gaat nooit mee: alleen je organisatie en een toestelcode.
about-privacy-4 = Notities verdwijnen na de bewaartermijn die je bij Instellingen kiest. Snel wissen wist alles meteen.
about-privacy-5 = Elke handeling komt in een logboek zonder inhoud. Daarmee leg je verantwoording af aan de privacy officer.
about-privacy-6 = De app verzamelt geen gebruiksgegevens en stuurt niets naar de makers.
about-officer-title = Vragen over privacy
about-officer-intro = De privacy officer van { $municipality }:
about-officer-name = Naam
about-officer-contact = Contact
about-officer-unknown = Je koppelprofiel noemt nog geen privacy officer. Vraag je leidinggevende wie de functionaris gegevensbescherming van je organisatie is.
about-access-title = Toegankelijkheidsverklaring
about-access-1 = Leefwereld wil voldoen aan WCAG 2.1, niveau AA.
about-access-2 = Bij elke wijziging controleert een test elk scherm met axe-core: in het Nederlands en Engels, licht en donker, en bij 200 % tekst.
about-access-3 = Alles werkt met het toetsenbord. De link 'Naar de inhoud' slaat het menu over; na elke stap staat de focus op de kop van het nieuwe scherm.
about-access-4 = Werkt iets niet goed voor je? Meld het bij je organisatie, zodat het opgelost wordt.
about-device-title = Dit toestel

quick-delete-title = Snel wissen
quick-delete-explain = Wist direct alle notities, bijlagen en instellingen op dit toestel. Dit kan niet ongedaan worden gemaakt.
quick-delete-start = Wis alles
quick-delete-countdown = { $seconds ->
    [0] Bezig met wissen…
    [one] Alles wordt over 1 seconde gewist.
   *[other] Alles wordt over { $seconds } seconden gewist.
}
quick-delete-cancel = Stop, niet wissen

## Positions and reminders screens

home-positions-link = Wie mag wat?
home-positions-hint = Wat elke partner online mag, en wat een partner met een gedeelde notitie mag doen
home-quick-delete = Noodgeval: alles wissen
home-outbox-parked = { $count ->
    [one] 1 item geweigerd: het wacht op jou
   *[other] { $count } items geweigerd: ze wachten op jou
}
home-reminders-title = { $count ->
    [one] 1 open herinnering
   *[other] { $count } open herinneringen
}
home-reminders-more = { $count ->
    [one] En nog 1 andere.
   *[other] En nog { $count } andere.
}
home-reminders-open = Bekijk herinneringen

positions-title = Wie mag wat?
positions-intro = Wat elke partner online mag en doet, waar hun informatie vandaan komt en wat ze nodig hebben. Tik op een partner om alles te lezen.
positions-partners = Partners
positions-own-role = Jouw rol
positions-shared-title = Met een notitie die jij deelt
positions-all = Alle partners
positions-matrix-title = Wie mag wat online?
positions-matrix-partner = Partner
positions-matrix-question = Waarover wil je het weten?
positions-with-your-note = Met jouw notitie
positions-more-about = Meer over { $partner }
positions-search = Zoek in de kaarten
positions-search-none = Geen kaart gevonden. Probeer een ander woord.
positions-search-found = { $count ->
    [one] 1 kaart gevonden.
   *[other] { $count } kaarten gevonden.
}

reminders-title = Herinneringen
reminders-intro = Over openheid naar jongeren en zorgvuldig omgaan met wat je vastlegt. Vink af wat je hebt gedaan, of stel het even uit.
reminders-empty = Geen open herinneringen. Je bent bij.
reminders-since = Sinds { $date }
reminders-entry-link = Bekijk de notitie
reminders-record-informed = Leg vast dat je de jongere informeerde
reminders-read = Gelezen
reminders-done = Gedaan
reminders-snooze-day = Morgen weer
reminders-snooze-week = Over een week
# The accessible name of a button on a reminder: what it does, then which reminder.
reminders-action-named = { $action }: { $title }
reminders-acknowledged = Afgevinkt: { $title }.
reminders-acknowledged-returns = Afgevinkt: { $title }. Deze herinnering komt over { $days } dagen terug.
reminders-snoozed = Uitgesteld: { $title }. Je ziet deze herinnering weer op { $date }.

## Weekly summary screen
nav-summary = Week
weekview-picker = Kies een week
weekview-this-week-badge = (deze week)
weekview-previous = Vorige week
weekview-next = Volgende week
weekview-to-this-week = Naar deze week
weekview-scope = Overzicht van
weekview-scope-team = Het team
weekview-scope-own = Mijn notities
weekview-total-entries = { $count ->
    [one] notitie deze week
   *[other] notities deze week
}
weekview-change-more = { $count } meer dan de week ervoor
weekview-change-fewer = { $count } minder dan de week ervoor
weekview-change-same = Evenveel als de week ervoor
weekview-previous-total = De week ervoor: { $count }
weekview-kind-count = { $kind }: { $count }
weekview-empty = Geen notities in deze week.
weekview-empty-team = Nog geen weekrapporten van het team voor deze week.
weekview-themes-chart = Aantal notities per thema in week { $week }
weekview-themes-table = Per thema in week { $week }, met de week ervoor
weekview-open-theme = { $count ->
    [one] 1 notitie over { $theme } in week { $week } openen
   *[other] { $count } notities over { $theme } in week { $week } openen
}
weekview-series-range = Week { $from } tot en met week { $to }. Het laatste punt is de gekozen week.
weekview-series-spark = { $theme }, week { $from } tot en met { $to }: { $values }
weekview-series-now = nu { $count }
weekview-series-empty = Geen notities in deze 12 weken.
weekview-series-table = Toon als tabel
weekview-series-caption = Notities per thema per week
weekview-col-week = Week
weekview-breakdown = Meer: platforms, soort bron en wijken
weekview-back = Terug naar het weekoverzicht
weekview-export-title = Exporteren voor het partneroverleg
weekview-export-hint = Aantallen onder de drempel worden afgeschermd, en de export bevat geen gegevens over personen. Elke export komt in het logboek.
weekview-export-html = Printbare pagina (HTML)
weekview-export-csv = Tabel (CSV)
weekview-file-name = leefwereld-weekoverzicht-{ $week }
weekview-export-downloaded = { $name } is gedownload.
weekview-export-saved = Opgeslagen als { $path }
weekview-export-failed = Het bestand kon niet worden opgeslagen. Probeer het opnieuw.
weekview-team-title = Weekrapporten van het team
weekview-team-explain = Haalt de weekrapporten van deze week en de vier weken ervoor op bij de gemeente, met je verbindingsprofiel: die weken zijn nodig om te zien wat opkomt. Ze bevatten alleen aantallen en vrijgegeven trendbeschrijvingen.
weekview-team-fetch = Haal weekrapporten op
weekview-team-fetching = Bezig met ophalen…
weekview-team-fetched = { $count ->
    [one] 1 weekrapport opgehaald.
   *[other] { $count } weekrapporten opgehaald.
}
weekview-team-refused = { $count ->
    [one] 1 document telt niet mee:
   *[other] { $count } documenten tellen niet mee:
}
weekview-team-training = Oefenmodus: de weekrapporten komen van drie verzonnen collega's. Ze zijn ondertekend en versleuteld zoals echte rapporten, zodat je het ophalen en het vergelijken van sleutels kunt oefenen. Er gaat niets over het netwerk.
weekview-team-training-readout = Wat je oefencollega's je voorlezen (in het echt persoonlijk of aan de telefoon)
weekview-team-training-colleague = { $pseudonym }, toestelcode { $reporter }
weekview-report-title = Weekrapport voor je teamleider
weekview-report-explain = Alleen de aantallen van deze week en de trendbeschrijvingen die je zelf hebt vrijgegeven, versleuteld voor je teamleider. Het gaat mee bij de volgende synchronisatie.
weekview-report-queue = Zet mijn weekrapport van week { $week } klaar
weekview-report-queued = Je weekrapport van week { $week } staat in de wachtrij en gaat mee bij de volgende synchronisatie.
weekview-report-unavailable = In de oefenmodus wordt niets gedeeld: een weekrapport klaarzetten kan hier niet.
weekview-report-no-team = Voor een weekrapport is een verbindingsprofiel met teamgegevens nodig. Vraag het aan je teamleider.

locked-capture-title = Snel vastleggen zonder ontgrendelen
locked-capture-hint = Je notitie wordt meteen versleuteld. Niemand kan haar hier teruglezen, jij ook niet: na het ontgrendelen bevestig je haar.
locked-waiting = { $count ->
    [one] 1 notitie wacht op ontgrendelen.
   *[other] { $count } notities wachten op ontgrendelen.
}
locked-saved = Bewaard en versleuteld. Na het ontgrendelen bevestig je de notitie.
locked-text = Wat zag je?
locked-reason = Waarom leg je het vast?
locked-source = Bron
locked-theme = Thema
locked-platform = Platform
locked-choose = Kies…
locked-required = Kies dit eerst.
locked-save = Versleutel en bewaar
pending-title = Gemaakt terwijl de app vergrendeld was
pending-intro = Deze notities zijn op het vergrendelscherm gemaakt. Zo'n notitie kan de app niet controleren: bevestig wat van jou is, gooi weg wat je niet herkent.
pending-noted = Vastgelegd { $when }
pending-unreadable = Deze notitie kan niet worden geopend: beschadigd of niet door deze app gemaakt. Je kunt haar alleen weggooien.
pending-confirm = Bevestigen
pending-discard = Weggooien
pending-confirmed = Notitie bevestigd en opgeslagen.
pending-discarded = Notitie weggegooid.
form-order-reference = Kenmerk van het bevel van de officier van justitie
form-order-reference-hint = Nodig voor informatie uit een besloten bron. Alleen het kenmerk, geen inhoud van het bevel.
form-justification = Onderbouwing
form-justification-hint = Waarom dit opnieuw vastleggen over dezelfde personen nodig is (minstens een korte zin). Het blijft versleuteld bij de notitie; het logboek noteert alleen dat er een onderbouwing is.
form-source-required = Kies waar je dit zag: de bron bepaalt of je de jongere moet informeren.
form-when-now = Net
form-when-earlier-today = Eerder vandaag
form-when-yesterday = Gisteren
form-when-other = Andere dag
form-observed-day = Dag
form-observed-day-hint = Bijvoorbeeld 7-3-2026.
form-observed-time = Hoe laat ongeveer?
form-observed-time-hint = Bijvoorbeeld 14:30 of 9u.
attachments-choose = Kies bestanden
attachments-existing = Al bij deze notitie:
flash-discarded = Notitie weggegooid
flash-undo = Ongedaan maken
