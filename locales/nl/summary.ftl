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
summary-emerging-explained = Een thema is opkomend als het deze week voorkomt en de vier weken ervoor niet, of deze week minstens twee keer en minstens twee keer zo vaak als het weekgemiddelde van die vier weken.
summary-by-kind = Soort
summary-by-theme = Thema's
summary-by-platform = Platforms
summary-by-source = Soort bron
summary-by-neighbourhood = Wijken
summary-no-neighbourhood = (geen wijk)
summary-series = Verloop over 12 weken
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
