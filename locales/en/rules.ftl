## Role frames: what you may and may not record in your role, with the source.

error-frame-refused = This does not fit the frame of your role:

frame-concrete-reason = Concrete reason
frame-concrete-reason-explanation = Record why you are noting a signal. Without a concrete reason you do not follow someone online.
frame-concrete-reason-basis = Council questions on online monitoring (Leiden, 2021): follow people only with a concrete reason, as offline.

frame-municipal-closed-source = No personal data from closed sources
frame-municipal-closed-source-explanation = As a municipal employee you may not record information about people from closed groups. Record only what you saw in open sources, or report it to the police.
frame-municipal-closed-source-basis = Online research by municipalities (Municipalities Act art. 172): publicly accessible sources only; municipalities do not take part in closed groups (Leiden, 2021).

frame-municipal-closed-group-trend = Closed groups
frame-municipal-closed-group-trend-explanation = You may record a trend, but as a municipality you do not take part in closed groups. Note how you know about it.
frame-municipal-closed-group-trend-basis = Council questions on online monitoring (Leiden, 2021) and the conditions for online research by municipalities.

frame-systematic-monitoring = No systematic monitoring
frame-systematic-monitoring-explanation = You are recording about the same person again without a new reason. That can be systematic monitoring, which is not allowed. Write down what is new, or keep to the earlier entry.
frame-systematic-monitoring-basis = Information-position infographic: the municipality may not monitor systematically; follow people only with a concrete reason (Leiden, 2021).

frame-boa-online = Enforcement officers and online work
frame-boa-online-explanation = The online world is outside the deployment criterion of boa domain 1. Online you signal and observe as a supervisor, in open sources only and within your municipality's agreements.
frame-boa-online-basis = Information-position infographic, enforcement officers.

frame-police-closed-source = Closed sources only with an order
frame-police-closed-source-explanation = The police may gather information from closed sources only with an order of the Public Prosecution Service. Fill in the order's reference.
frame-police-closed-source-basis = Information-position infographic, police: open sources with a functional account; closed sources only with an order of the Public Prosecution Service.

frame-transparency = Be open with the young person
frame-transparency-explanation = Tell the young person what you record and when you might have to share information, for example when safety is at risk.
frame-transparency-basis = Information-position infographic, youth work: youth workers are transparent towards young people.
