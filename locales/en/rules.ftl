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

## Consent and sharing

error-not-eligible = This entry cannot go to this partner yet:

consent-giver-young-person = The young person
consent-giver-parent-guardian = A parent or guardian
consent-giver-worker-release = I release this trend myself

informed-in-person = In a conversation
informed-message = By a message or chat
informed-phone = By phone
informed-in-writing = On paper or by letter
informed-not-applicable = Not applicable

blocker-no-consent = No consent
blocker-no-consent-explanation = No consent has been recorded yet. First record who consented, how you informed them and with whom you may share.
blocker-consent-withdrawn = Consent withdrawn
blocker-consent-withdrawn-explanation = Consent was withdrawn. Without new consent this entry goes nowhere.
blocker-out-of-scope = Partner outside the consent
blocker-out-of-scope-explanation = The consent does not cover this partner. Ask for consent again if you also want to share with this partner.
blocker-wrong-giver = Wrong kind of consent
blocker-wrong-giver-explanation = You release a trend yourself; for a signal the young person or a parent or guardian consents.
blocker-parent-needed = Parent or guardian needed
blocker-parent-needed-explanation = The young person is under 16. Then a parent or guardian consents (GDPR article 8, Dutch implementation act article 5).
blocker-unresolved-findings = Identifying details left
blocker-unresolved-findings-explanation = The text still holds names, numbers or addresses you have not checked. For each one choose: replace or keep.
blocker-frame-refused = Outside your role frame
blocker-frame-refused-explanation = This entry does not fit the frame of your role; change it first.
blocker-already-shared = Already shared
blocker-already-shared-explanation = This version was already shared with this partner or is waiting to be sent.

consent-problem-wrong-giver = Wrong kind of consent
consent-problem-wrong-giver-explanation = You release a trend yourself. For a signal the young person, or a parent or guardian, consents.
consent-problem-empty-scope = No partner chosen
consent-problem-empty-scope-explanation = Choose the partners you may share with.
consent-problem-in-future = Date in the future
consent-problem-in-future-explanation = Consent cannot have been given in the future. Check the date and time.
consent-problem-justification-missing = Justification missing
consent-problem-justification-missing-explanation = Write down why informing the young person would put someone in danger (at least a short sentence).
consent-problem-nothing-to-withdraw = No consent
consent-problem-nothing-to-withdraw-explanation = There is no consent to withdraw.
consent-problem-keep-reason-missing = Reason missing
consent-problem-keep-reason-missing-explanation = A name, number or address can only be kept with a reason of a few words (for example "public figure" or "name of a shop"). A possible name may be kept without one.

## Reminders

reminder-transparency = Be open with the young person
reminder-transparency-body = You recorded a signal from direct contact. Tell the young person what you noted and when you might have to share something. Record that you did, or why you cannot.
reminder-inform-before-share = Inform the young person before you share
reminder-inform-before-share-body = There is consent to share, but the young person has not heard it from you yet. Tell them, unless that puts someone in danger: then record that exception with a justification.
reminder-nearing-expiry = Entry expires soon
reminder-nearing-expiry-body = This entry is deleted automatically on { $date }. Share or export it before then if that is needed and allowed.
reminder-avg-principles = The GDPR principles
reminder-avg-principles-body = Process only what your purpose needs, be open, keep it correct and up to date, keep it no longer than needed and protect what you record. In doubt? Ask the privacy officer or the data protection officer.
