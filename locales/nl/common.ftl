app-name = Leefwereld
common-entries-count = { $count ->
    [one] { $count } notitie
   *[other] { $count } notities
}
common-yes = Ja
common-no = Nee
common-cancel = Annuleren
common-save = Opslaan
common-close = Sluiten
common-back = Terug
common-unknown = Onbekend
common-none = Geen
common-week = Week { $week }

setting-retention_trend_days = de bewaartermijn voor trends
setting-retention_signal_days = de bewaartermijn voor signalen
setting-lock_timeout_seconds = de tijd tot automatisch vergrendelen
setting-suppression_threshold = de drempel voor kleine aantallen
setting-expiry_warning_days = de waarschuwing voor verlopen
setting-organisation = de organisatie
setting-pseudonym = de schuilnaam
setting-week = de week van het teamverslag (die moet al begonnen zijn)

passphrase-advice-empty = Kies een wachtzin.
passphrase-advice-too-short = Gebruik minstens 10 tekens; een paar losse woorden werkt goed.
passphrase-advice-add-words = Voeg nog een of twee ongewone woorden toe.
passphrase-advice-keyboard = Rijtjes toetsen op het toetsenbord zijn makkelijk te raden.
passphrase-advice-repeats = Herhalingen zoals "aaa" of "abcabc" zijn makkelijk te raden.
passphrase-advice-common = Dit is een veelgebruikt wachtwoord; kies iets eigens.
passphrase-advice-sequence = Reeksen zoals "abc" of "123" zijn makkelijk te raden.
passphrase-advice-dates = Jaartallen en datums zijn makkelijk te raden.
passphrase-advice-single-word = Eén woord of naam alleen is makkelijk te raden.
passphrase-advice-case = Hoofdletters en leestekens helpen weinig; lengte helpt meer.
passphrase-advice-substitutions = Voorspelbare vervangingen zoals "@" voor "a" helpen weinig.
passphrase-strength-0 = Heel zwak
passphrase-strength-1 = Zwak
passphrase-strength-2 = Matig
passphrase-strength-3 = Sterk
passphrase-strength-4 = Heel sterk

# An ISO week as people read it (core: IsoWeek::label).
week-label = Week { $week }, { $year }
