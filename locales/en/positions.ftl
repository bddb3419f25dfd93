## The information position of partners in the online world of young people (source 002), the
## four principles, the conditions for online research by the municipality (sources 000, 001,
## 003) and what a partner may do with a shared entry. Lists are numbered from 1, without gaps.
## Own words, plain English: short sentences.

## Shared parts about OSINT training (police, municipality, supervision and enforcement).

-osint-basic = OSINT Basic: level OGG1.
-osint-advanced = OSINT Advanced: levels OGG2 and OGG3.
-osint-technical = OSINT Technical: level OGG4.
-osint-ogg = OGG stands for "online gegevensvergaring": online data gathering.
-osint-where = Want to take an OSINT course? First check whether your own organisation offers one. If not, external trainers can provide it.

## Partners

partner-politie = Police
partner-toezicht-handhaving = Supervision and enforcement (T&H)
partner-school = School
partner-gemeente-oov = Municipality (public order and safety)
partner-jongerenwerk = Youth work

## Headings

position-heading-role = Role
position-heading-online = Online: what is allowed and possible?
position-heading-sources = Where does the information come from?
position-heading-needs = What information is needed?
position-heading-opportunities = Opportunities
position-heading-training = Training
position-heading-principles = Four principles for all partners
position-heading-municipal = Online research by the municipality
position-heading-conditions = Conditions
position-heading-avg = GDPR (AVG) principles
position-heading-notes = Also important
position-heading-may = Allowed
position-heading-may-not = Not allowed
position-heading-basis = Frame
position-heading-disclaimer = Please note

position-disclaimer = This is a general picture, not a complete legal one. It is based mostly on conversations with professionals. What a partner does differs per municipality, portfolio and function.

## Police

position-politie-role = The police enforce the law and step in when rules are broken. They also protect and help citizens when needed. Online, the police have four aims: analysing, investigating, patrolling and communicating.
position-politie-online-1 = Every community police officer may be present online with a functional (work) account, within the law and the rules.
position-politie-online-2 = With that account the police look only at open sources: posts and accounts that are not shielded.
position-politie-online-3 = Closed sources, such as shielded accounts and closed groups, only with an investigation order from the public prosecutor (OM).
position-politie-online-4 = The police can gather information through intelligence. Criminal investigation has stricter rules, such as formal demands (vorderingen) and consent requirements.
position-politie-online-5 = Any signal, big or small, can be a reason to look beyond the police's own systems.
position-politie-online-6 = Some people and departments within the police specialise in online research.
position-politie-online-7 = The digital community officer focuses on signals online. This officer follows developments, observes, and investigates offences through open sources.
position-politie-online-8 = A digital community officer has more time for in-depth digital research than a regular community officer.
position-politie-sources-1 = Any source that may hold a lead for a criminal investigation.
position-politie-sources-2 = Social media, such as Snapchat, TikTok, Facebook, Telegram and Discord. What can be seen depends on how public an account or group is.
position-politie-sources-3 = Police systems: internal databases and information sources.
position-politie-sources-4 = Official registers: BRP (population register), KvK (Chamber of Commerce) and Kadaster (land registry).
position-politie-sources-5 = Closed sources only when there is an investigation order.
position-politie-needs-1 = A picture of young people that is as complete as possible, within the police's task. It adds to existing information. Photos and other images can help.
position-politie-needs-2 = Activities and interests of young people.
position-politie-needs-3 = Striking or valuable possessions.
position-politie-needs-4 = Social networks and contacts.
position-politie-needs-5 = Nicknames used and how they are linked.
position-politie-opportunities-1 = Every officer needs basic knowledge to do online research.
position-politie-opportunities-2 = An officer without that knowledge must know who can help.
position-politie-opportunities-3 = Better digital skills help the police use the online world well in their approach.
position-politie-training-1 = OSINT (Open Source Intelligence) is a method to search online unseen and anonymously. Several police departments use it, also in criminal investigations.
position-politie-training-2 = { -osint-basic }
position-politie-training-3 = { -osint-advanced }
position-politie-training-4 = { -osint-technical }
position-politie-training-5 = { -osint-ogg }
position-politie-training-6 = { -osint-where }

## Supervision and enforcement

position-toezicht-handhaving-role = Supervision and enforcement officers (T&H) work on a liveable neighbourhood. They enforce specific laws and rules within their domain. They also work on prevention and supervise public order and safety.
position-toezicht-handhaving-online-1 = Most are supervisors (toezichthouder) under the General Administrative Law Act (Awb). Many are also sworn in as boa in domain 1 (public space). In their work they switch between these roles and powers all the time.
position-toezicht-handhaving-online-2 = As a domain 1 boa they do not act online. The deployment criterion requires the boa to be present in public space and to act on what happens there. The online world does not fall under it.
position-toezicht-handhaving-online-3 = As supervisors they may signal and observe in open sources. This must stay within the law and the guidelines of the municipality or organisation. It is still a grey area.
position-toezicht-handhaving-online-4 = Some T&H officers have a youth focus (taakaccent jeugd). They help partners map youth groups and follow nuisance. They also make contact with young people.
position-toezicht-handhaving-online-5 = Officers with a youth focus can create an online work account to make contact with young people easily. That way they make young people aware of the effects of their behaviour and act to prevent problems.
position-toezicht-handhaving-online-6 = They can also follow trends and developments in the online world. They do so as officers with a youth focus, not as boas.
position-toezicht-handhaving-sources-1 = Open sources, such as Instagram, Facebook and X (Twitter).
position-toezicht-handhaving-sources-2 = Municipal sources, such as the BRP (population register).
position-toezicht-handhaving-sources-3 = Other registers, such as KvK (Chamber of Commerce) and RDW (vehicle register).
position-toezicht-handhaving-sources-4 = Databases and dashboards on youth crime, for trends and patterns per neighbourhood.
position-toezicht-handhaving-needs-1 = Mostly they build a case file: what happens, where, and which offences there may be. This serves their own information position and handing over to the police.
position-toezicht-handhaving-needs-2 = Photos to recognise people, supporting what boas see on the street.
position-toezicht-handhaving-needs-3 = Network and family ties.
position-toezicht-handhaving-needs-4 = Social media activity: followers, posts and comments.
position-toezicht-handhaving-needs-5 = First name and surname.
position-toezicht-handhaving-needs-6 = Street names and abbreviations that help with searching.
position-toezicht-handhaving-needs-7 = Addresses, if available and within the law.
position-toezicht-handhaving-opportunities-1 = A well-founded legal frame. Make clear agreements with the legal department about what is and is not allowed.
position-toezicht-handhaving-opportunities-2 = There is usually no capacity for structural online supervision. A municipality can make room for it, for example by freeing up one T&H officer for online supervision.
position-toezicht-handhaving-training-1 = As a T&H officer you cannot simply search for people online. OSINT (Open Source Intelligence) is the method for searching online unseen and anonymously.
position-toezicht-handhaving-training-2 = { -osint-basic }
position-toezicht-handhaving-training-3 = { -osint-advanced }
position-toezicht-handhaving-training-4 = { -osint-technical }
position-toezicht-handhaving-training-5 = { -osint-ogg }
position-toezicht-handhaving-training-6 = { -osint-where }

## Schools

position-school-role = Schools support young people's development through teaching, guidance and a safe place to learn. They also encourage social behaviour. What happens online carries into the classroom: into behaviour, results and relationships.
position-school-online-1 = The Safety at School Act (Wet veiligheid op school) requires schools to provide a safe learning environment.
position-school-online-2 = Schools have a duty of care. They respond to signals that a young person is a victim or perpetrator of risky or criminal behaviour.
position-school-online-3 = Schools have no active role in the online world of young people.
position-school-online-4 = Many schools feel they are on their own with safety. They often lack knowledge and skills, also about the online world.
position-school-sources-1 = The school itself: what happens in and around the school. Online and offline meet in the classroom.
position-school-sources-2 = That makes the school an important source of signals, trends and patterns for the partners.
position-school-needs-1 = Knowledge and skills about the online world and safety. These are often missing.
position-school-needs-2 = Support from partners to strengthen their own approach and process. Schools are full partners.
position-school-needs-3 = Understanding of the pupils' world. Without knowledge of the online world, it is hard to connect with it.
position-school-opportunities-1 = Appoint one or more people who are responsible for safety at school.
position-school-opportunities-2 = Keep the school safety plan up to date and really act on it.
position-school-opportunities-3 = Map the knowledge the school lacks. Work with partners to fill the gaps.
position-school-opportunities-4 = Keep direct contact with community police officers, boas, youth workers and the municipality.
position-school-opportunities-5 = Give staff a clear step-by-step plan for signals and emergencies.
position-school-opportunities-6 = A core team of municipality, police, youth work and school that discusses trends, developments and signals every eight weeks.
position-school-opportunities-7 = A school safety covenant with clear agreements between all partners.
position-school-training-1 = The infographic names no set training for schools.
position-school-training-2 = Every partner can help schools with training or workshops about the online world and safety.

## Municipality (public order and safety)

position-gemeente-oov-role = The municipality makes policy to prevent youth crime and directs the approach. The public order and safety officer (OOV) works online only in specific cases. Mostly the municipality coordinates agreements between partners, follows results and advises the mayor.
position-gemeente-oov-online-1 = The mayor is responsible for public order (article 172 of the Municipalities Act). That requires a strong information position.
position-gemeente-oov-online-2 = In some cases the municipality may gather information online. For example, checking data or mapping networks and relationships. Strict rules and conditions apply.
position-gemeente-oov-online-3 = Under conditions the municipality may use an anonymous account. The GDPR (AVG) and other laws lead the way.
position-gemeente-oov-online-4 = Does the research shift from a (threatened) disturbance of public order to information about persons? Then an extra weighing is needed.
position-gemeente-oov-online-5 = The municipality may not monitor data systematically.
position-gemeente-oov-sources-1 = Open sources, such as social media, public posts and comments.
position-gemeente-oov-sources-2 = After careful weighing: registers such as BRP (population register), Kadaster (land registry) and KvK (Chamber of Commerce).
position-gemeente-oov-sources-3 = After careful weighing: Google, with targeted search strategies.
position-gemeente-oov-needs-1 = What the person or persons do.
position-gemeente-oov-needs-2 = Aliases and online profiles used.
position-gemeente-oov-needs-3 = Name, date of birth and any businesses.
position-gemeente-oov-needs-4 = Network and relationships, such as family and friends.
position-gemeente-oov-opportunities-1 = Embedding online research in the privacy organisation: clear conditions and privacy rules within the municipality.
position-gemeente-oov-opportunities-2 = A municipal protocol for anonymous accounts in online research. The municipality of Nijmegen already has one.
position-gemeente-oov-training-1 = As a municipality you cannot simply search for people online. OSINT (Open Source Intelligence) is the method for searching online unseen and anonymously.
position-gemeente-oov-training-2 = { -osint-basic }
position-gemeente-oov-training-3 = { -osint-advanced }
position-gemeente-oov-training-4 = { -osint-technical }
position-gemeente-oov-training-5 = { -osint-ogg }
position-gemeente-oov-training-6 = { -osint-where }

## Youth work

position-jongerenwerk-role = Youth workers guide and support young people in their personal development. They help them prevent problems, make positive choices and find their way. They spot trends and developments among young people, online and offline.
position-jongerenwerk-online-1 = For youth work, social media have four functions: contact, understanding young people's world, early signalling and profiling, and joint work with partners.
position-jongerenwerk-online-2 = Youth workers use work accounts on social media. That way they make and keep contact with young people and understand their world better.
position-jongerenwerk-online-3 = Young people trust them and often accept them online. So they keep in touch easily, see what young people are busy with, and sometimes join group chats.
position-jongerenwerk-online-4 = Young people also message them directly, sometimes anonymously. For example, to report that something is going on, such as a planned fight.
position-jongerenwerk-online-5 = They start conversations online and share knowledge to prevent problems.
position-jongerenwerk-online-6 = Youth workers must be transparent towards young people. Young people can count on them. But if the safety of others is at risk, or there are serious worries about the young person, they sometimes have to share information with other parties. Tell young people this honestly.
position-jongerenwerk-sources-1 = Direct contact with young people on WhatsApp, Snapchat, Instagram and sometimes Telegram: messages and status updates.
position-jongerenwerk-sources-2 = The Snapchat location feature, now and then, to see where young people are.
position-jongerenwerk-sources-3 = TikTok and YouTube: videos, comments and likes show what young people are busy with.
position-jongerenwerk-sources-4 = News sources such as NOS Stories, PowNed and ParraTV, for trends and themes that affect young people.
position-jongerenwerk-needs-1 = New trends, phenomena and developments that matter to young people.
position-jongerenwerk-needs-2 = Worrying signals about risk behaviour or problem situations.
position-jongerenwerk-opportunities-1 = Respond to how young people use social media, with ways of working that suit them.
position-jongerenwerk-opportunities-2 = Free up more time and hours for youth work online.
position-jongerenwerk-opportunities-3 = Clear agreements with partners about exchanging information.
position-jongerenwerk-training-1 = There is no required training for digital youth work.
position-jongerenwerk-training-2 = Keeping up is essential, though. So youth workers regularly attend workshops and training on online trends and social media.

## Four principles for all partners

position-principle-1-title = Working together
position-principle-1-body = No organisation can do this alone. Police, T&H, youth work, municipality and schools are stronger together. Share knowledge and experience and make a joint plan. That takes short lines, regular meetings and a shared view of each partner's role.
position-principle-2-title = Digital knowledge and skills
position-principle-2-body = Working online takes digital skill. Know how social media work and how young people behave online, with the risks and chances that come with it. Invest in training and sharing knowledge, so you read online signals correctly. Agree clearly within your organisation what you may and can do online in your job.
position-principle-3-title = Online and offline together: a hybrid approach
position-principle-3-body = Working online is not a separate or extra task. It is a fixed part of how all partners work. That takes clear agreements, time and resources. For young people it is one world: what happens online carries onto the street, and the other way round. Combine signals from both worlds for a complete picture.
position-principle-4-title = Stop waiting, start moving with them
position-principle-4-body = Young people have been active online for years. Professionals lag behind. Take steps together and seize chances. Look at what does work, not at what cannot.

## Online research by the municipality (sources 000, 001, 003)

position-municipal-basis = The municipality has limited powers for online research. The Municipalities Act (Gemeentewet, articles 151, 172, 175 and 176) gives a basis, to some extent, for research in publicly accessible sources. For radicalisation and extremism, the public order aspect (article 172) must be made concrete.
position-municipal-condition-1 = There is a reason: a disturbance of public order, or the threat of one.
position-municipal-condition-2 = Processing personal data is necessary. The means fits the aim (proportionality) and the aim cannot be reached with a lighter means (subsidiarity).
position-municipal-condition-3 = The legal basis used justifies the intrusion on privacy (private life).
position-municipal-condition-4 = The research meets the GDPR (AVG) principles.
position-municipal-avg-1 = Lawfulness: there is a legal basis.
position-municipal-avg-2 = Fairness and transparency: handle data fairly and be open about it.
position-municipal-avg-3 = Purpose limitation: use data only for the purpose it was collected for.
position-municipal-avg-4 = Data minimisation: no more data than needed.
position-municipal-avg-5 = Accuracy and being up to date: the data are correct and kept current.
position-municipal-avg-6 = Integrity and confidentiality: the data are well secured.
position-municipal-avg-7 = Storage limitation: do not keep data longer than needed.
position-municipal-note-1 = Set a protocol before doing online research. It lets you check whether the research is lawful. Draw it up with the privacy officer (PO) and the data protection officer (FG).
position-municipal-note-2 = The VNG and Noord-Holland Veilig published a protocol in May 2024 that can serve as a guide.
position-municipal-note-3 = Is there likely a high privacy risk? Then carry out a DPIA (Data Protection Impact Assessment). Ask the PO for advice and follow the guidelines of the Dutch Data Protection Authority (AP).
position-municipal-note-4 = Decide who the controller is. The controller must be able to account for what happens to the data.
position-municipal-note-5 = No systematic monitoring. Follow people online only when there is a concrete reason, just as offline.
position-municipal-note-6 = Record well what you do and why. Then your work can be traced and you can account for it. Stay in touch with the privacy officer.

## What a partner may do with a shared entry

position-share-all-may-1 = Contact the organisation that shared the entry with questions about it.
position-share-all-may-not-1 = Use the entry for another purpose than the one consented to, or pass it to partners outside that consent.
position-share-all-may-not-2 = Try to find out who made the entry. Only the organisation travels with it, to protect the worker from threats and doxing.
position-share-all-may-not-3 = Keep the entry longer than the purpose needs.

position-share-politie-basis = Open sources with a functional account. Closed sources only with an investigation order from the public prosecutor (OM).
position-share-politie-may-1 = Use the entry as a signal to look beyond the police's own systems.
position-share-politie-may-2 = Look further in open sources with a functional account.
position-share-politie-may-3 = Combine the entry with own information, within the police's task and the rules for criminal investigation.
position-share-politie-may-not-1 = Gather information from closed sources, such as shielded accounts or closed groups, without an investigation order from the OM.

position-share-toezicht-handhaving-basis = As a supervisor (Awb), signal and observe in open sources, within the municipality's guidelines. Online falls outside the deployment criterion of a domain 1 boa.
position-share-toezicht-handhaving-may-1 = As a supervisor, use the entry to signal and observe in open sources.
position-share-toezicht-handhaving-may-2 = Use the entry to map youth groups and nuisance in the neighbourhood.
position-share-toezicht-handhaving-may-3 = Pass possible offences on to the police.
position-share-toezicht-handhaving-may-not-1 = Act online as a boa because of the entry. A domain 1 boa acts only on what happens in public space.
position-share-toezicht-handhaving-may-not-2 = Enter closed groups or shielded accounts.
position-share-toezicht-handhaving-may-not-3 = Follow people or groups systematically without a concrete reason.

position-share-school-basis = The Safety at School Act and the school's duty of care. Schools have no active role online.
position-share-school-may-1 = Use the entry to know what is going on among pupils and to make safety open to discussion.
position-share-school-may-2 = Act according to the school safety plan and the step-by-step plan for signals.
position-share-school-may-3 = Discuss the entry with partners, such as in the core team or with the community officer or youth worker.
position-share-school-may-not-1 = Do online research into pupils because of the entry. That is not the school's role.

position-share-gemeente-oov-basis = Article 172 of the Municipalities Act (public order) and the GDPR (AVG). Online research into persons only when the four conditions hold, following a protocol.
position-share-gemeente-oov-may-1 = Use the entry for directing the approach: agreements between partners, following results, advising the mayor.
position-share-gemeente-oov-may-2 = Use trends for policy against youth crime.
position-share-gemeente-oov-may-3 = Do online research in open sources, but only when the four conditions hold and following the protocol.
position-share-gemeente-oov-may-not-1 = Monitor systematically.
position-share-gemeente-oov-may-not-2 = Take personal data from closed groups or shielded accounts. The municipality's legal basis covers publicly accessible sources only.
position-share-gemeente-oov-may-not-3 = Move from a signal about public order to research into persons without an extra weighing.

position-share-jongerenwerk-basis = Trust and transparency towards young people, and agreements with partners about exchanging information.
position-share-jongerenwerk-may-1 = Use the entry to tune the work to what young people are busy with.
position-share-jongerenwerk-may-2 = Talk with young people about the theme and share knowledge.
position-share-jongerenwerk-may-3 = Discuss trends with partners, following the agreements about exchanging information.
position-share-jongerenwerk-may-not-1 = Pass on information about a young person without being open about it towards that young person.

## The matrix at the top of "who may do what" (core/src/positions/matrix.rs decides the verdicts).
position-activity-open-sources = Open sources
position-activity-closed-groups = Closed groups
position-activity-work-account = Work account
position-activity-anonymous-account = Anonymous account
position-activity-shared-note = A note you share
position-allowance-allowed = Allowed
position-allowance-conditional = Under conditions
position-allowance-not-allowed = Not allowed
position-allowance-no-role = No role online
position-allowance-not-described = Not described
position-matrix-politie-open-sources = As long as the account is not shielded.
position-matrix-politie-closed-groups = Only with an investigation order from the public prosecutor (OM).
position-matrix-politie-work-account = A functional account, the community officer too.
position-matrix-politie-anonymous-account = Only as an OSINT method, after training.
position-matrix-politie-shared-note = As a signal, within the rules for investigation.
position-matrix-toezicht-handhaving-open-sources = As supervisor: signal and observe. Not as a boa in domain 1.
position-matrix-toezicht-handhaving-closed-groups = Only public sources: there they may signal and observe as supervisor.
position-matrix-toezicht-handhaving-work-account = Only with a youth focus, to make contact with young people.
position-matrix-toezicht-handhaving-anonymous-account = No searching for persons just like that; only with OSINT training.
position-matrix-toezicht-handhaving-shared-note = Use it as supervisor. A boa does not act online on it.
position-matrix-school-open-sources = No active role online.
position-matrix-school-closed-groups = No active role online.
position-matrix-school-work-account = No active role online.
position-matrix-school-anonymous-account = No active role online.
position-matrix-school-shared-note = To know what is going on. No online research of its own.
position-matrix-gemeente-oov-open-sources = In certain cases, under the four conditions. Never systematic monitoring.
position-matrix-gemeente-oov-closed-groups = The legal basis covers public sources only.
position-matrix-gemeente-oov-work-account = The infographic does not say.
position-matrix-gemeente-oov-anonymous-account = Following the GDPR and a municipal protocol.
position-matrix-gemeente-oov-shared-note = For coordination and policy. Research into persons only under the four conditions.
position-matrix-jongerenwerk-open-sources = To follow trends and developments.
position-matrix-jongerenwerk-closed-groups = When young people let you into a group chat, and you are open about it.
position-matrix-jongerenwerk-work-account = Work accounts to stay in touch with young people.
position-matrix-jongerenwerk-anonymous-account = The infographic does not say. Youth work works openly, on trust.
position-matrix-jongerenwerk-shared-note = To attune the work. Nothing passed on without being open with the young person.
