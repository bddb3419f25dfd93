## Rolkaders: wat je in jouw rol wel en niet mag vastleggen, met de bron.

error-frame-refused = Dit past niet binnen het kader van jouw rol:

frame-concrete-reason = Concrete aanleiding
frame-concrete-reason-explanation = Leg bij een signaal vast waarom je het vastlegt. Zonder concrete aanleiding volg je iemand niet online.
frame-concrete-reason-basis = Raadsvragen online monitoring (Leiden, 2021): personen alleen volgen bij een concrete aanleiding, net als offline.

frame-municipal-closed-source = Geen persoonsgegevens uit besloten bronnen
frame-municipal-closed-source-explanation = Als medewerker van de gemeente mag je geen informatie over personen uit besloten groepen vastleggen. Leg alleen vast wat je in openbare bronnen zag, of meld het bij de politie.
frame-municipal-closed-source-basis = Online onderzoek door gemeenten (Gemeentewet art. 172): alleen publiek toegankelijke bronnen; gemeenten nemen niet deel aan besloten groepen (Leiden, 2021).

frame-municipal-closed-group-trend = Besloten groepen
frame-municipal-closed-group-trend-explanation = Een trend mag je vastleggen, maar als gemeente neem je niet deel aan besloten groepen. Noteer hoe je ervan weet.
frame-municipal-closed-group-trend-basis = Raadsvragen online monitoring (Leiden, 2021) en de voorwaarden voor online onderzoek door gemeenten.

frame-systematic-monitoring = Geen stelselmatig volgen
frame-systematic-monitoring-explanation = Je legt vaker iets vast over dezelfde persoon, zonder nieuwe aanleiding. Dat kan stelselmatig volgen zijn, en dat mag niet. Schrijf op wat er nieuw is, of laat het bij de eerdere notitie.
frame-systematic-monitoring-basis = Infographic informatiepositie: de gemeente mag niet systematisch monitoren; alleen volgen bij een concrete aanleiding (Leiden, 2021).

frame-boa-online = Boa en online
frame-boa-online-explanation = De online wereld valt buiten het inzetcriterium van boa domein 1. Online signaleer en observeer je als toezichthouder, alleen in openbare bronnen en binnen de afspraken van je gemeente.
frame-boa-online-basis = Infographic informatiepositie, medewerkers toezicht en handhaving.

frame-police-closed-source = Besloten bronnen alleen met bevel
frame-police-closed-source-explanation = Informatie uit besloten bronnen mag de politie alleen inwinnen met een bevel van het Openbaar Ministerie. Vul het nummer van het bevel in.
frame-police-closed-source-basis = Infographic informatiepositie, politie: openbare bronnen met een functioneel account; besloten bronnen alleen met een bevel van het OM.

frame-transparency = Wees open naar de jongere
frame-transparency-explanation = Vertel de jongere wat je vastlegt en wanneer je misschien informatie moet delen, bijvoorbeeld als de veiligheid in gevaar is.
frame-transparency-basis = Infographic informatiepositie, jongerenwerk: jongerenwerkers zijn transparant naar jongeren.
