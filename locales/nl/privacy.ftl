## Minimaliseren: wat de app in vrije tekst vindt voordat er iets gedeeld wordt
## (core/src/minimise). Per soort een label en een korte uitleg voor de jongerenwerker.

finding-name = Naam of bijnaam
finding-name-why = Een naam of bijnaam die je bij deze notitie hebt opgegeven, of een naam na "heet", "bijnaam", "gesprek met", "naam:" of "moeder van". Daarmee is de jongere direct te herkennen.
finding-handle = Account of gebruikersnaam
finding-handle-why = Een @naam of gebruikersnaam (Snapchat, Instagram, TikTok, Discord, gaming) leidt in één klik naar iemands profiel.
finding-url = Link
finding-url-why = Een link naar een profiel, video of groepsuitnodiging laat zien wie het is of waar het gesprek plaatsvindt.
finding-email = E-mailadres
finding-email-why = Een e-mailadres hoort bij één persoon en is makkelijk op te zoeken.
finding-phone = Telefoonnummer
finding-phone-why = Een telefoonnummer leidt direct naar één persoon, ook via WhatsApp of Telegram.
finding-bsn = BSN
finding-bsn-why = Een burgerservicenummer is uniek voor één persoon en hoort nooit in een signaal.
finding-iban = Rekeningnummer (IBAN)
finding-iban-why = Een rekeningnummer hoort bij één persoon; bij uitbuiting of geldezels is het ook gevoelige informatie.
finding-postcode = Postcode
finding-postcode-why = Een postcode wijst een paar huizen aan. Noem alleen de wijk.
finding-address = Adres
finding-address-why = Een straat met huisnummer wijst één woning aan. Noem alleen de wijk.
finding-licence-plate = Kenteken
finding-licence-plate-why = Een kenteken leidt via het voertuig naar de eigenaar of de bestuurder.
finding-numeric-id = Lang nummer
finding-numeric-id-why = Een lang nummer kan een dossier-, klant- of pasnummer zijn dat naar één persoon leidt. Laat het staan als het dat niet is.
finding-exact-age = Precieze leeftijd
finding-exact-age-why = Samen met wijk en school maakt een precieze leeftijd iemand snel herkenbaar. Alleen de leeftijdsgroep gaat mee.
finding-possible-name = Mogelijk een naam
finding-possible-name-why = Dit woord staat in de lijst met voor- en achternamen of is geschreven als een naam. Is het een naam, vervang het dan; is het geen naam (een plek, een merk, een woord), laat het dan staan.
finding-date-of-birth = Geboortedatum
finding-date-of-birth-why = Een geboortedatum maakt samen met de wijk iemand direct vindbaar. Noem alleen de leeftijdsgroep.

finding-field-text = Notitie
finding-field-reason = Aanleiding
finding-field-neighbourhood = Wijk

finding-decision-redact = Vervangen
finding-decision-keep = Laten staan

share-step-partner = Partner
share-step-consent = Toestemming
share-step-informing = Jongere informeren
share-step-findings = Herkenbare gegevens
share-step-frames = Regels van je rol
