## De informatiepositie van partners in de online leefwereld (bron 002), de vier uitgangspunten,
## de voorwaarden voor online onderzoek door de gemeente (bron 000, 001, 003) en wat een partner
## mag met een gedeelde notitie. Lijsten zijn genummerd vanaf 1, zonder gaten.
## Eigen woorden, taalniveau B1: korte zinnen.

## Gedeelde stukken over OSINT-opleidingen (politie, gemeente, toezicht en handhaving).

-osint-basic = OSINT Basis: niveau OGG1.
-osint-advanced = OSINT Advanced: niveau OGG2 en OGG3.
-osint-technical = OSINT Technical: niveau OGG4.
-osint-ogg = OGG staat voor online gegevensvergaring.
-osint-where = Wil je een OSINT-training volgen? Kijk eerst of je eigen organisatie die aanbiedt. Zo niet, dan zijn er externe opleiders.

## Partners

partner-politie = Politie
partner-toezicht-handhaving = Toezicht en handhaving (T&H)
partner-school = School
partner-gemeente-oov = Gemeente (OOV)
partner-jongerenwerk = Jongerenwerk

## Koppen

position-heading-role = Rol
position-heading-online = Online: wat mag en kan?
position-heading-sources = Waar komt de informatie vandaan?
position-heading-needs = Welke informatie is nodig?
position-heading-opportunities = Kansen
position-heading-training = Opleiding
position-heading-principles = Vier uitgangspunten voor alle partners
position-heading-municipal = Online onderzoek door de gemeente
position-heading-conditions = Voorwaarden
position-heading-avg = AVG-beginselen
position-heading-notes = Verder belangrijk
position-heading-may = Dit mag
position-heading-may-not = Dit mag niet
position-heading-basis = Kader
position-heading-disclaimer = Let op

position-disclaimer = Dit is een algemeen beeld, geen volledig juridisch beeld. Het is vooral gebaseerd op gesprekken met professionals. Wat een partner doet, verschilt per gemeente, portefeuille en functie.

## Politie

position-politie-role = De politie handhaaft de wet en grijpt in bij overtredingen. Ze beschermt en helpt ook burgers als dat nodig is. Online heeft de politie vier doelen: analyseren, opsporen, surveilleren en communiceren.
position-politie-online-1 = Elke wijkagent mag online aanwezig zijn met een functioneel account (werkaccount), binnen de wet en de regels.
position-politie-online-2 = Met dat account kijkt de politie alleen in openbare bronnen: berichten en accounts die niet zijn afgeschermd.
position-politie-online-3 = Besloten bronnen, zoals afgeschermde accounts en gesloten groepen, alleen met een opsporingsbevel van het Openbaar Ministerie (OM).
position-politie-online-4 = De politie kan informatie verzamelen via intelligence. Voor opsporing gelden strengere regels, zoals vorderingen en eisen voor toestemming.
position-politie-online-5 = Elk signaal, groot of klein, kan een reden zijn om verder te kijken dan de eigen politiesystemen.
position-politie-online-6 = Sommige mensen en afdelingen binnen de politie zijn gespecialiseerd in online onderzoek.
position-politie-online-7 = De digitaal wijkagent let vooral op signalen online. Deze agent volgt ontwikkelingen, observeert en onderzoekt strafbare feiten via openbare bronnen.
position-politie-online-8 = Een digitaal wijkagent heeft meer tijd voor diep digitaal onderzoek dan een gewone wijkagent.
position-politie-sources-1 = Elke bron waarin een aanwijzing voor opsporing kan zitten.
position-politie-sources-2 = Sociale media, zoals Snapchat, TikTok, Facebook, Telegram en Discord. Wat te zien is, hangt af van hoe openbaar een account of groep is.
position-politie-sources-3 = Politiesystemen: eigen databases en informatiebronnen.
position-politie-sources-4 = Officiële registers: BRP, KvK en Kadaster.
position-politie-sources-5 = Gesloten bronnen alleen als er een opsporingsbevel is.
position-politie-needs-1 = Een zo volledig mogelijk beeld van jongeren, binnen de taak van de politie. Het vult bestaande informatie aan. Foto's en ander beeld kunnen helpen.
position-politie-needs-2 = Activiteiten en interesses van jongeren.
position-politie-needs-3 = Opvallende of dure bezittingen.
position-politie-needs-4 = Sociale netwerken en contacten.
position-politie-needs-5 = Gebruikte bijnamen (nicknames) en hoe die met elkaar samenhangen.
position-politie-opportunities-1 = Elke agent heeft basiskennis nodig om online onderzoek te doen.
position-politie-opportunities-2 = Heeft een agent die kennis niet? Dan moet duidelijk zijn wie kan helpen.
position-politie-opportunities-3 = Betere digitale vaardigheden helpen de politie om de online leefwereld goed te gebruiken in de aanpak.
position-politie-training-1 = OSINT (Open Source Intelligence) is een methode om onzichtbaar en anoniem online te zoeken. Verschillende afdelingen van de politie gebruiken het, ook bij opsporing.
position-politie-training-2 = { -osint-basic }
position-politie-training-3 = { -osint-advanced }
position-politie-training-4 = { -osint-technical }
position-politie-training-5 = { -osint-ogg }
position-politie-training-6 = { -osint-where }

## Toezicht en handhaving

position-toezicht-handhaving-role = Medewerkers toezicht en handhaving (T&H) werken aan een leefbare wijk. Ze handhaven bepaalde wetten en regels binnen hun domein. Ze werken ook aan preventie en houden toezicht op de openbare orde en veiligheid.
position-toezicht-handhaving-online-1 = Meestal zijn ze toezichthouder volgens de Algemene wet bestuursrecht (Awb). Vaak zijn ze ook beëdigd als boa in domein 1 (openbare ruimte). In hun werk wisselen ze steeds tussen die rollen en bevoegdheden.
position-toezicht-handhaving-online-2 = Als boa domein 1 treden ze niet online op. Het inzetcriterium vraagt dat de boa in de openbare ruimte is en optreedt tegen wat daar gebeurt. De online wereld valt daar niet onder.
position-toezicht-handhaving-online-3 = Als toezichthouder mogen ze signaleren en observeren in openbare bronnen. Dat moet binnen de wet en de richtlijnen van de gemeente of organisatie. Dit is nog een grijs gebied.
position-toezicht-handhaving-online-4 = Sommige medewerkers T&H hebben het taakaccent jeugd. Zij helpen partners om jeugdgroepen in kaart te brengen en overlast te volgen. Ze leggen ook contact met jongeren.
position-toezicht-handhaving-online-5 = Medewerkers met het taakaccent jeugd kunnen een online werkaccount maken om makkelijk contact te leggen met jongeren. Zo maken ze jongeren bewust van de gevolgen van hun gedrag en treden ze preventief op.
position-toezicht-handhaving-online-6 = Zij kunnen ook trends en ontwikkelingen in de online leefwereld volgen. Dat doen ze als medewerker met taakaccent jeugd, niet als boa.
position-toezicht-handhaving-sources-1 = Open bronnen, zoals Instagram, Facebook en X (Twitter).
position-toezicht-handhaving-sources-2 = Gemeentelijke bronnen, zoals de BRP.
position-toezicht-handhaving-sources-3 = Andere registers, zoals KvK en RDW.
position-toezicht-handhaving-sources-4 = Databanken en dashboards over jeugdcriminaliteit, voor trends en patronen per wijk.
position-toezicht-handhaving-needs-1 = Ze bouwen vooral een dossier op: wat er gebeurt, waar, en welke strafbare feiten er misschien zijn. Dat is voor hun eigen informatiepositie en om door te geven aan de politie.
position-toezicht-handhaving-needs-2 = Foto's om mensen te herkennen, als steun voor wat boa's op straat zien.
position-toezicht-handhaving-needs-3 = Netwerk en familiebanden.
position-toezicht-handhaving-needs-4 = Activiteit op sociale media: volgers, berichten en reacties.
position-toezicht-handhaving-needs-5 = Voornaam en achternaam.
position-toezicht-handhaving-needs-6 = Straatnamen en afkortingen die helpen bij zoeken.
position-toezicht-handhaving-needs-7 = Adressen, als die er zijn en passen binnen de wet.
position-toezicht-handhaving-opportunities-1 = Een goed onderbouwd juridisch kader. Maak met de juridische afdeling duidelijke afspraken over wat wel en niet mag.
position-toezicht-handhaving-opportunities-2 = Meestal is er geen capaciteit voor vast online toezicht. Een gemeente kan daar ruimte voor maken, bijvoorbeeld door een medewerker T&H vrij te maken voor online toezicht.
position-toezicht-handhaving-training-1 = Als medewerker T&H mag je niet zomaar online naar personen zoeken. Voor onzichtbaar en anoniem online zoeken bestaat de methode OSINT (Open Source Intelligence).
position-toezicht-handhaving-training-2 = { -osint-basic }
position-toezicht-handhaving-training-3 = { -osint-advanced }
position-toezicht-handhaving-training-4 = { -osint-technical }
position-toezicht-handhaving-training-5 = { -osint-ogg }
position-toezicht-handhaving-training-6 = { -osint-where }

## Scholen

position-school-role = Scholen helpen jongeren in hun ontwikkeling met onderwijs, begeleiding en een veilige plek om te leren. Ze bevorderen ook sociaal gedrag. Wat online gebeurt, werkt door in de klas: in gedrag, leerprestaties en relaties.
position-school-online-1 = De Wet veiligheid op school vraagt dat scholen zorgen voor een veilige leeromgeving.
position-school-online-2 = Scholen hebben een zorgplicht. Ze reageren op signalen dat een jongere slachtoffer of dader is van risicovol of crimineel gedrag.
position-school-online-3 = Scholen hebben geen actieve rol in de online leefwereld van jongeren.
position-school-online-4 = Veel scholen voelen dat ze er bij veiligheid alleen voor staan. Vaak missen ze kennis en vaardigheden, ook over de online leefwereld.
position-school-sources-1 = De school zelf: wat er in en rond de school gebeurt. Online en offline komen in de klas samen.
position-school-sources-2 = Zo is de school voor partners een belangrijke bron van signalen, trends en patronen.
position-school-needs-1 = Kennis en vaardigheden over de online leefwereld en veiligheid. Die ontbreken vaak.
position-school-needs-2 = Steun van partners om de eigen aanpak en werkwijze sterker te maken. Scholen zijn volwaardige partners.
position-school-needs-3 = Begrip van de leefwereld van leerlingen. Zonder kennis van de online wereld is het moeilijk om daarbij aan te sluiten.
position-school-opportunities-1 = Wijs één of meer mensen aan die verantwoordelijk zijn voor veiligheid op school.
position-school-opportunities-2 = Houd het schoolveiligheidsplan actueel en voer het ook echt uit.
position-school-opportunities-3 = Breng in kaart welke kennis de school mist. Werk met partners om die aan te vullen.
position-school-opportunities-4 = Zorg voor direct contact met wijkagenten, boa's, jongerenwerkers en de gemeente.
position-school-opportunities-5 = Geef medewerkers een helder stappenplan voor signalen en calamiteiten.
position-school-opportunities-6 = Een kernteam van gemeente, politie, jongerenwerk en school dat elke acht weken trends, ontwikkelingen en signalen bespreekt.
position-school-opportunities-7 = Een convenant schoolveiligheid met duidelijke afspraken tussen alle partners.
position-school-training-1 = De infographic noemt geen vaste opleiding voor scholen.
position-school-training-2 = Elke partner kan scholen helpen met trainingen of workshops over de online leefwereld en veiligheid.

## Gemeente (OOV)

position-gemeente-oov-role = De gemeente maakt beleid om jeugdcriminaliteit te voorkomen en voert de regie op de aanpak. De ambtenaar Openbare Orde en Veiligheid (OOV) werkt alleen in bepaalde gevallen online. Meestal coördineert de gemeente afspraken tussen partners, volgt ze de resultaten en adviseert ze de burgemeester.
position-gemeente-oov-online-1 = De burgemeester zorgt voor de openbare orde (artikel 172 Gemeentewet). Daarvoor is een goede informatiepositie nodig.
position-gemeente-oov-online-2 = In bepaalde gevallen mag de gemeente online informatie verzamelen. Bijvoorbeeld gegevens controleren of netwerken en relaties in kaart brengen. Daarvoor gelden strenge regels en voorwaarden.
position-gemeente-oov-online-3 = Onder voorwaarden mag de gemeente een anoniem account gebruiken. De AVG en andere wetten zijn daarbij leidend.
position-gemeente-oov-online-4 = Verschuift het onderzoek van een (dreigende) verstoring van de openbare orde naar informatie over personen? Dan is een extra afweging nodig.
position-gemeente-oov-online-5 = De gemeente mag gegevens niet systematisch monitoren.
position-gemeente-oov-sources-1 = Open bronnen, zoals sociale media, openbare berichten en reacties.
position-gemeente-oov-sources-2 = Na zorgvuldige afweging: registers zoals BRP, Kadaster en KvK.
position-gemeente-oov-sources-3 = Na zorgvuldige afweging: Google, met gerichte zoekstrategieën.
position-gemeente-oov-needs-1 = Wat de persoon of personen doen.
position-gemeente-oov-needs-2 = Gebruikte aliassen en online profielen.
position-gemeente-oov-needs-3 = Naam, geboortedatum en eventuele bedrijven.
position-gemeente-oov-needs-4 = Netwerk en relaties, zoals familie en vrienden.
position-gemeente-oov-opportunities-1 = Online onderzoek goed regelen in de privacyorganisatie: duidelijke voorwaarden en privacyregels binnen de gemeente.
position-gemeente-oov-opportunities-2 = Een gemeentelijk protocol voor anonieme accounts bij online onderzoek. De gemeente Nijmegen heeft al zo'n protocol.
position-gemeente-oov-training-1 = Als gemeente mag je niet zomaar online naar personen zoeken. Voor onzichtbaar en anoniem online zoeken bestaat de methode OSINT (Open Source Intelligence).
position-gemeente-oov-training-2 = { -osint-basic }
position-gemeente-oov-training-3 = { -osint-advanced }
position-gemeente-oov-training-4 = { -osint-technical }
position-gemeente-oov-training-5 = { -osint-ogg }
position-gemeente-oov-training-6 = { -osint-where }

## Jongerenwerk

position-jongerenwerk-role = Jongerenwerkers begeleiden en steunen jongeren in hun persoonlijke ontwikkeling. Ze helpen problemen te voorkomen, positieve keuzes te maken en hun weg te vinden. Ze signaleren trends en ontwikkelingen onder jongeren, online en offline.
position-jongerenwerk-online-1 = Sociale media hebben voor het jongerenwerk vier functies: contact, de leefwereld begrijpen, vroegsignalering en profilering, en integrale samenwerking.
position-jongerenwerk-online-2 = Jongerenwerkers gebruiken werkaccounts op sociale media. Zo maken en houden ze contact met jongeren en begrijpen ze hun leefwereld beter.
position-jongerenwerk-online-3 = Jongeren vertrouwen hen en accepteren hen vaak online. Zo houden ze makkelijk contact, zien ze waar jongeren mee bezig zijn en komen ze soms in groepschats.
position-jongerenwerk-online-4 = Jongeren sturen hen ook zelf berichten, soms anoniem. Bijvoorbeeld om te melden dat er iets speelt, zoals een geplande vechtpartij.
position-jongerenwerk-online-5 = Ze gaan online het gesprek aan en geven voorlichting om problemen te voorkomen.
position-jongerenwerk-online-6 = Jongerenwerkers moeten transparant zijn naar jongeren. Jongeren kunnen op hen rekenen. Maar is de veiligheid van anderen in gevaar, of zijn er grote zorgen over de jongere? Dan moeten ze soms informatie delen met andere partijen. Vertel jongeren dat eerlijk.
position-jongerenwerk-sources-1 = Direct contact met jongeren via WhatsApp, Snapchat, Instagram en soms Telegram: berichten en statusupdates.
position-jongerenwerk-sources-2 = De locatiefunctie van Snapchat, af en toe, om te zien waar jongeren zijn.
position-jongerenwerk-sources-3 = TikTok en YouTube: video's, reacties en likes laten zien waar jongeren mee bezig zijn.
position-jongerenwerk-sources-4 = Nieuwsbronnen zoals NOS Stories, PowNed en ParraTV, voor trends en thema's die jongeren raken.
position-jongerenwerk-needs-1 = Nieuwe trends, fenomenen en ontwikkelingen die belangrijk zijn voor jongeren.
position-jongerenwerk-needs-2 = Zorgelijke signalen over risicogedrag of problematische situaties.
position-jongerenwerk-opportunities-1 = Inspelen op hoe jongeren sociale media gebruiken, met een werkwijze die bij hen past.
position-jongerenwerk-opportunities-2 = Meer tijd en uren vrijmaken voor jongerenwerk online.
position-jongerenwerk-opportunities-3 = Duidelijke afspraken met partners over het uitwisselen van informatie.
position-jongerenwerk-training-1 = Er zijn geen verplichte opleidingen voor digitaal jongerenwerk.
position-jongerenwerk-training-2 = Bijblijven is wel essentieel. Daarom volgen jongerenwerkers regelmatig workshops en trainingen over online trends en sociale media.

## Vier uitgangspunten voor alle partners

position-principle-1-title = Samenwerken
position-principle-1-body = Geen organisatie kan dit alleen. Politie, T&H, jongerenwerk, gemeente en scholen zijn samen sterker. Deel kennis en ervaring en maak samen een plan. Dat vraagt korte lijnen, vast overleg en een gedeelde visie op ieders rol.
position-principle-2-title = Digitale kennis en kunde
position-principle-2-body = Online werken vraagt digitale vaardigheid. Weet hoe sociale media werken en hoe jongeren zich online gedragen, met de risico's en kansen die daarbij horen. Investeer in training en het delen van kennis, zodat je online signalen goed uitlegt. Maak in je organisatie duidelijke afspraken over wat jij in je functie online mag en kan.
position-principle-3-title = Online en offline samen: een hybride aanpak
position-principle-3-body = Online werken is geen losse of extra taak. Het hoort vast bij de werkwijze van alle partners. Dat vraagt duidelijke afspraken, tijd en middelen. Voor jongeren is het één wereld: wat online gebeurt, werkt door op straat, en andersom. Combineer signalen uit beide werelden voor een compleet beeld.
position-principle-4-title = Niet afwachten, maar meebewegen
position-principle-4-body = Jongeren zijn al jaren actief online. Professionals lopen achter. Zet samen stappen en grijp kansen. Kijk naar wat wél werkt, niet naar wat niet kan.

## Online onderzoek door de gemeente (bron 000, 001, 003)

position-municipal-basis = De gemeente heeft beperkte bevoegdheden voor online onderzoek. De Gemeentewet (artikel 151, 172, 175 en 176) geeft tot op zekere hoogte een grondslag voor onderzoek in openbaar toegankelijke bronnen. Bij radicalisering en extremisme moet het openbare-orde-aspect (artikel 172) hard te maken zijn.
position-municipal-condition-1 = Er is een aanleiding: een verstoring van de openbare orde, of de dreiging daarvan.
position-municipal-condition-2 = Het is nodig om persoonsgegevens te verwerken. Het middel past bij het doel (proportionaliteit) en het doel is niet met een lichter middel te bereiken (subsidiariteit).
position-municipal-condition-3 = De grondslag die je gebruikt, rechtvaardigt de inbreuk op de privacy (de persoonlijke levenssfeer).
position-municipal-condition-4 = Het onderzoek voldoet aan de AVG-beginselen.
position-municipal-avg-1 = Rechtmatigheid: er is een wettelijke grondslag.
position-municipal-avg-2 = Behoorlijkheid en transparantie: eerlijk met gegevens omgaan en daar open over zijn.
position-municipal-avg-3 = Doelbinding: gegevens alleen gebruiken voor het doel waarvoor je ze verzamelde.
position-municipal-avg-4 = Dataminimalisatie: niet meer gegevens dan nodig.
position-municipal-avg-5 = Juistheid en actualiteit: de gegevens kloppen en zijn bijgewerkt.
position-municipal-avg-6 = Integriteit en vertrouwelijkheid: de gegevens zijn goed beveiligd.
position-municipal-avg-7 = Opslagbeperking: gegevens niet langer bewaren dan nodig.
position-municipal-note-1 = Stel vóór online onderzoek een protocol vast. Daarmee toets je of het onderzoek rechtmatig is. Maak het samen met de privacy officer (PO) en de functionaris gegevensbescherming (FG).
position-municipal-note-2 = De VNG en Noord-Holland Veilig publiceerden in mei 2024 een protocol dat als leidraad kan dienen.
position-municipal-note-3 = Is er waarschijnlijk een hoog privacyrisico? Voer dan een DPIA uit (Data Protection Impact Assessment). Vraag de PO om advies en volg de richtlijnen van de Autoriteit Persoonsgegevens (AP).
position-municipal-note-4 = Bepaal wie verwerkingsverantwoordelijke is. Die moet kunnen verantwoorden wat er met de gegevens gebeurt.
position-municipal-note-5 = Geen systematische monitoring. Volg personen online alleen als daar een concrete aanleiding voor is, net als offline.
position-municipal-note-6 = Leg goed vast wat je doet en waarom. Dan blijft je werk navolgbaar en kun je verantwoording afleggen. Houd contact met de privacyfunctionaris.

## Wat een partner mag met een gedeelde notitie

position-share-all-may-1 = Met vragen over de notitie contact opnemen met de organisatie die hem deelde.
position-share-all-may-not-1 = De notitie gebruiken voor een ander doel dan waarvoor toestemming is gegeven, of doorgeven aan partners buiten die toestemming.
position-share-all-may-not-2 = Proberen te achterhalen wie de notitie maakte. Alleen de organisatie gaat mee, om de medewerker te beschermen tegen bedreiging en doxing.
position-share-all-may-not-3 = De notitie langer bewaren dan nodig is voor het doel.

position-share-politie-basis = Openbare bronnen met een functioneel account. Besloten bronnen alleen met een opsporingsbevel van het OM.
position-share-politie-may-1 = De notitie gebruiken als signaal om verder te kijken dan de eigen politiesystemen.
position-share-politie-may-2 = Verder kijken in openbare bronnen met een functioneel account.
position-share-politie-may-3 = De notitie combineren met eigen informatie, binnen de taak van de politie en de regels voor opsporing.
position-share-politie-may-not-1 = Zonder opsporingsbevel van het OM informatie halen uit besloten bronnen, zoals afgeschermde accounts of gesloten groepen.

position-share-toezicht-handhaving-basis = Als toezichthouder (Awb) signaleren en observeren in openbare bronnen, binnen de richtlijnen van de gemeente. Online valt buiten het inzetcriterium van boa domein 1.
position-share-toezicht-handhaving-may-1 = Als toezichthouder de notitie gebruiken om te signaleren en te observeren in openbare bronnen.
position-share-toezicht-handhaving-may-2 = De notitie gebruiken om jeugdgroepen en overlast in de wijk in kaart te brengen.
position-share-toezicht-handhaving-may-3 = Mogelijke strafbare feiten doorgeven aan de politie.
position-share-toezicht-handhaving-may-not-1 = Als boa online optreden op basis van de notitie. Een boa domein 1 treedt alleen op tegen wat in de openbare ruimte gebeurt.
position-share-toezicht-handhaving-may-not-2 = Besloten groepen of afgeschermde accounts in gaan.
position-share-toezicht-handhaving-may-not-3 = Personen of groepen systematisch volgen zonder concrete aanleiding.

position-share-school-basis = De Wet veiligheid op school en de zorgplicht van de school. Scholen hebben geen actieve rol online.
position-share-school-may-1 = De notitie gebruiken om te weten wat er speelt onder leerlingen en veiligheid bespreekbaar te maken.
position-share-school-may-2 = Handelen volgens het schoolveiligheidsplan en het stappenplan voor signalen.
position-share-school-may-3 = De notitie bespreken met partners, zoals in het kernteam of met de wijkagent of jongerenwerker.
position-share-school-may-not-1 = Zelf online onderzoek doen naar leerlingen op basis van de notitie. Dat is geen rol van de school.

position-share-gemeente-oov-basis = Artikel 172 Gemeentewet (openbare orde) en de AVG. Online onderzoek naar personen alleen als de vier voorwaarden gelden, volgens een protocol.
position-share-gemeente-oov-may-1 = De notitie gebruiken voor de regie: afspraken tussen partners, resultaten volgen en de burgemeester adviseren.
position-share-gemeente-oov-may-2 = Trends gebruiken voor beleid tegen jeugdcriminaliteit.
position-share-gemeente-oov-may-3 = Online onderzoek doen in openbare bronnen, maar alleen als de vier voorwaarden gelden en volgens het protocol.
position-share-gemeente-oov-may-not-1 = Systematisch monitoren.
position-share-gemeente-oov-may-not-2 = Persoonsgegevens halen uit besloten groepen of afgeschermde accounts. De grondslag van de gemeente geldt alleen voor openbaar toegankelijke bronnen.
position-share-gemeente-oov-may-not-3 = Zonder extra afweging overstappen van een signaal over de openbare orde naar onderzoek naar personen.

position-share-jongerenwerk-basis = Vertrouwen en transparantie naar jongeren, en afspraken met partners over informatie-uitwisseling.
position-share-jongerenwerk-may-1 = De notitie gebruiken om het werk af te stemmen op wat jongeren bezighoudt.
position-share-jongerenwerk-may-2 = Met jongeren het gesprek aangaan over het thema en voorlichting geven.
position-share-jongerenwerk-may-3 = Trends bespreken met partners, volgens de afspraken over informatie-uitwisseling.
position-share-jongerenwerk-may-not-1 = Informatie over een jongere doorgeven zonder daar open over te zijn tegen die jongere.

## The matrix at the top of "wie mag wat" (core/src/positions/matrix.rs decides the verdicts).
position-activity-open-sources = Openbare bronnen
position-activity-closed-groups = Besloten groepen
position-activity-work-account = Werkaccount
position-activity-anonymous-account = Anoniem account
position-activity-shared-note = Een notitie die jij deelt
position-allowance-allowed = Mag
position-allowance-conditional = Onder voorwaarden
position-allowance-not-allowed = Mag niet
position-allowance-no-role = Geen rol online
position-allowance-not-described = Niet beschreven
position-matrix-politie-open-sources = Zolang het account niet is afgeschermd.
position-matrix-politie-closed-groups = Alleen met een opsporingsbevel van het OM.
position-matrix-politie-work-account = Een functioneel account, ook de wijkagent.
position-matrix-politie-anonymous-account = Alleen als OSINT-methode, na training.
position-matrix-politie-shared-note = Als signaal, binnen de regels voor opsporing.
position-matrix-toezicht-handhaving-open-sources = Als toezichthouder signaleren en observeren. Als boa domein 1 niet.
position-matrix-toezicht-handhaving-closed-groups = Alleen openbare bronnen: daar mogen ze als toezichthouder signaleren en observeren.
position-matrix-toezicht-handhaving-work-account = Alleen met taakaccent jeugd, voor contact met jongeren.
position-matrix-toezicht-handhaving-anonymous-account = Niet zomaar naar personen zoeken; alleen met OSINT-training.
position-matrix-toezicht-handhaving-shared-note = Als toezichthouder gebruiken. Als boa niet online optreden.
position-matrix-school-open-sources = Geen actieve rol online.
position-matrix-school-closed-groups = Geen actieve rol online.
position-matrix-school-work-account = Geen actieve rol online.
position-matrix-school-anonymous-account = Geen actieve rol online.
position-matrix-school-shared-note = Om te weten wat er speelt. Zelf geen online onderzoek.
position-matrix-gemeente-oov-open-sources = In bepaalde gevallen, onder de vier voorwaarden. Nooit systematisch monitoren.
position-matrix-gemeente-oov-closed-groups = De grondslag geldt alleen voor openbare bronnen.
position-matrix-gemeente-oov-work-account = De infographic zegt er niets over.
position-matrix-gemeente-oov-anonymous-account = Volgens de AVG en een gemeentelijk protocol.
position-matrix-gemeente-oov-shared-note = Voor regie en beleid. Onderzoek naar personen alleen onder de vier voorwaarden.
position-matrix-jongerenwerk-open-sources = Om trends en ontwikkelingen te volgen.
position-matrix-jongerenwerk-closed-groups = Als jongeren je toelaten tot een groepschat, en je bent daar open over.
position-matrix-jongerenwerk-work-account = Werkaccounts voor contact met jongeren.
position-matrix-jongerenwerk-anonymous-account = De infographic zegt er niets over. Jongerenwerk werkt open, op vertrouwen.
position-matrix-jongerenwerk-shared-note = Om het werk af te stemmen. Niets doorgeven zonder open te zijn tegen de jongere.
