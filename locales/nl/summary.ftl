summary-title = Weekoverzicht
summary-export-title = Leefwereld weekoverzicht { $week }
summary-period = { $from } tot en met { $to }
summary-reporters = { $count ->
    [one] { $count } medewerker telt mee
   *[other] { $count } medewerkers tellen mee
}
summary-total = Totaal
summary-emerging = Opkomende thema's
summary-emerging-short = opkomend
summary-emerging-explained = Een thema is opkomend als het deze week minstens { $threshold } keer voorkomt en de vier weken ervoor niet, of minstens twee keer zo vaak als het weekgemiddelde van die vier weken. Een of twee notities in een rustige week zijn nog geen trend.
summary-by-kind = Soort
summary-by-theme = Thema's
summary-by-platform = Platforms
summary-by-source = Soort bron
summary-by-neighbourhood = Wijken
summary-no-neighbourhood = (geen wijk)
summary-series = Verloop over 12 weken
summary-series-scale = Alle lijnen op dezelfde schaal: van 0 tot { $max } per week.
summary-series-weeks = Verloop
summary-trends = Vrijgegeven trendbeschrijvingen
summary-col-section = Onderdeel
summary-col-key = Code
summary-col-label = Omschrijving
summary-col-count = Aantal
summary-col-previous = Vorige week
summary-col-change = Verschil
summary-col-theme = Thema
summary-suppression-note = Aantallen onder de { $threshold } staan als "<{ $threshold }". Een "•" is verborgen zodat kleine aantallen niet zijn terug te rekenen uit totalen. Dit overzicht bevat geen gegevens over personen.

team-refusal-unreadable = Onleesbaar
team-refusal-unreadable-explanation = Dit rapport kan niet worden geopend: het is voor iemand anders versleuteld of beschadigd. Het telt niet mee.
team-refusal-malformed = Geen geldig rapport
team-refusal-malformed-explanation = Dit is geen geldig weekrapport van Leefwereld, of de aantallen kloppen niet met elkaar. Het telt niet mee.
team-refusal-other-team = Ander team
team-refusal-other-team-explanation = Dit rapport is van een ander team. Het telt niet mee.
team-refusal-future-week = Week in de toekomst
team-refusal-future-week-explanation = Dit rapport gaat over een week die nog niet begonnen is. Het telt niet mee.
team-refusal-wrong-week = Verkeerde week
team-refusal-wrong-week-explanation = Dit rapport gaat over een andere week dan de week waarin het is ingediend. Het telt niet mee.
team-refusal-too-large = Te groot
team-refusal-too-large-explanation = Dit document is veel groter dan een echt weekrapport. Het is niet geopend en telt niet mee.
team-refusal-bad-signature = Handtekening klopt niet
team-refusal-bad-signature-explanation = De handtekening van dit rapport klopt niet: het is onderweg veranderd of niet door Leefwereld gemaakt. Het telt niet mee.
team-refusal-new-key = Nieuwe collega
team-refusal-new-key-explanation = Dit rapport is ondertekend met een sleutel die je nog niet hebt geaccepteerd. Vergelijk de vingerafdruk met wat de app van je collega laat zien en accepteer hem; daarna telt het rapport mee.
team-refusal-key-changed = Sleutel veranderd
team-refusal-key-changed-explanation = Dit rapport is ondertekend met een andere sleutel dan je voor deze collega hebt geaccepteerd. Dat gebeurt na een nieuwe wachtwoordzin, maar ook als iemand zich voor je collega uitgeeft. Vergelijk de vingerafdruk met je collega voordat je hem accepteert.
team-refusal-future-date = Datum in de toekomst
team-refusal-future-date-explanation = Dit rapport zegt later gemaakt te zijn dan nu. Het telt niet mee.
team-refusal-overflow = Onmogelijke aantallen
team-refusal-overflow-explanation = De aantallen in dit rapport zijn groter dan in een echte week kan. Het telt niet mee.
team-withheld-texts = { $count ->
    [one] Eén tekst uit de rapporten is weggelaten: de app vond er mogelijk herkenbare gegevens in. De aantallen tellen wel mee.
   *[other] { $count } teksten uit de rapporten zijn weggelaten: de app vond er mogelijk herkenbare gegevens in. De aantallen tellen wel mee.
}
team-keys-title = Sleutels van collega's
team-keys-intro = Een rapport telt pas mee als je de sleutel van je collega hebt geaccepteerd. Vergelijk de vingerafdruk met wat de app van je collega laat zien (Instellingen → Koppeling), persoonlijk of aan de telefoon.
team-key-new = Nieuw: { $reporter }
team-key-changed = Sleutel veranderd: { $reporter }
team-key-pinned = Geaccepteerd: { $reporter }
team-key-accept = Vingerafdruk klopt, accepteren
team-key-accepted = Sleutel geaccepteerd. De rapporten worden opnieuw opgehaald.
team-keys-pinned-count = { $count ->
    [one] Eén geaccepteerde sleutel
   *[other] { $count } geaccepteerde sleutels
}
own-signing-fingerprint = Vingerafdruk van jouw rapportsleutel
own-signing-fingerprint-help = Lees deze cijfers voor aan je teamleider als die je sleutel accepteert. Na een nieuwe wachtwoordzin verandert hij.
