error-connection-profile = Het koppelprofiel is niet bruikbaar.
error-no-connection = Er is nog geen koppeling met het zaaksysteem van de gemeente. Lees een koppelprofiel in bij Instellingen.
error-no-team = Je koppelprofiel noemt geen team, dus er zijn geen weekrapporten. Vraag je teamleider of de gemeente om een koppelprofiel met teamgegevens.

profile-problem-not-a-profile = Dit is geen koppelprofiel van Leefwereld. Vraag de gemeente om het juiste bestand of de juiste QR-code.
profile-problem-unknown-format = Dit koppelprofiel heeft een formaat ({ $format }) dat deze versie niet kent. Werk de app bij.
profile-problem-missing = In het koppelprofiel ontbreekt het veld { $field }.
profile-problem-too-long = Het veld { $field } in het koppelprofiel is te lang.
profile-problem-bad-url = Het veld { $field } is geen geldig webadres.
profile-problem-https-required = Het veld { $field } moet een beveiligde verbinding (https) gebruiken.
profile-problem-bad-rsin = Het RSIN van de bronorganisatie klopt niet (9 cijfers die de elfproef doorstaan).
profile-problem-bad-confidentiality = De vertrouwelijkheidsaanduiding is onbekend.
profile-problem-bad-recipient = Ontvanger { $number } is geen geldige age-sleutel (die begint met age1).
profile-problem-bad-team = De teamgegevens kloppen niet: een korte team-id (letters, cijfers, streepjes) en de age-sleutel van de teamleider.
profile-problem-too-large = Dit koppelprofiel is veel groter dan een echt koppelprofiel. Vraag de gemeente om het juiste bestand.
profile-problem-unprintable = Het veld { $field } bevat onzichtbare tekens of stuurtekens.
profile-problem-user-info = Het veld { $field } bevat een gebruikersnaam of wachtwoord vóór de servernaam. Zo'n adres kan een andere server verbergen.
profile-problem-bad-port = Het veld { $field } heeft een poort buiten 1–65535.
profile-problem-secret-too-short = Het clientgeheim is te kort: minstens { $min } tekens. Vraag de gemeente om een nieuw geheim.
profile-problem-too-many-recipients = Dit koppelprofiel noemt te veel ontvangers (hoogstens { $max }).

sync-problem-offline = Geen verbinding. Leefwereld probeert het later vanzelf opnieuw.
sync-problem-server = Het zaaksysteem had een storing (code { $status }). Leefwereld probeert het later vanzelf opnieuw.
sync-problem-refused = Het zaaksysteem heeft dit geweigerd (code { $status }). Het wacht tot jij of de beheerder het oplost:
sync-problem-field = • { $field }: { $reason }
sync-problem-not-authorised = Het zaaksysteem accepteert de inlog van de app niet (code { $status }). Er wordt niets verstuurd tot de gemeente een nieuw koppelprofiel geeft.
sync-problem-misconfigured = Het koppelprofiel past niet bij het zaaksysteem: { $detail }. Vraag de gemeente om een nieuw koppelprofiel.
sync-problem-foreign-url = Het zaaksysteem verwees naar een andere server ({ $origin }) dan in het koppelprofiel staat. Daar is niets heen gestuurd. Meld dit aan de beheerder van de gemeente.
sync-problem-redirected = Het zaaksysteem stuurde de app door (code { $status }). Leefwereld volgt geen doorverwijzingen, zodat de inlog nergens anders terechtkomt. Meld dit aan de beheerder van de gemeente.
sync-problem-case-closed = De gemeente heeft de zaak gesloten. Het zaaksysteem voegt er niets meer aan toe. Vraag de gemeente de zaak te heropenen, of laat deze notitie weg.
sync-problem-type-mismatch = Bij de gemeente staat al een document { $document } met een ander informatieobjecttype dan de zaaktype toestaat (van een eerdere, verkeerde instelling). De app koppelt het niet. Vraag de beheerder het te verwijderen; daarna kan het opnieuw.
sync-problem-withdrawal-refused = De gemeente heeft de zaak gesloten, dus de app kan de gedeelde notitie niet meer weghalen. Vraag de gemeente de notitie te verwijderen: de toestemming is ingetrokken.
sync-clock-corrected = De klok van dit toestel liep { $seconds } seconden anders dan die van het zaaksysteem. Leefwereld heeft daarvoor gecorrigeerd en opnieuw verstuurd.

sync-step-types = Zaaktype opzoeken
sync-step-find-case = Zaak zoeken
sync-step-create-case = Zaak aanmaken
sync-step-find-document = Document zoeken
sync-step-create-document = Document versturen
sync-step-link = Document aan zaak koppelen
sync-step-unlink = Koppeling verwijderen
sync-step-delete-document = Document verwijderen
sync-step-fetch = Rapporten ophalen

outbox-kind-share = Delen
outbox-kind-retract = Intrekken
outbox-kind-team-report = Weekrapport voor het team
