//! The closed vocabularies of an entry, each with a stable code.
//!
//! Codes are what is stored, exported and sent; labels come from `locales/` (`<prefix>-<code>`).
//! Variants are only ever appended: the compact index stores them by position, and a test pins
//! the order.

code_enum! {
    /// What an entry is: a trend is never about an identifiable person; a signal may be.
    EntryKind, "kind" {
        Trend = "trend",
        Signaal = "signaal",
    }
}

code_enum! {
    /// The phenomenon an entry is about (seeds 000, 002, 004).
    Theme, "theme" {
        Radicalisation = "radicalisation",
        Polarisation = "polarisation",
        Recruitment = "recruitment",
        Borderline = "borderline-content",
        Exploitation = "exploitation",
        OnlineCrime = "online-crime",
        PlannedFight = "planned-fight",
        YouthGroups = "youth-groups",
        Undermining = "undermining",
        Disinformation = "disinformation",
        ThreatsToProfessionals = "threats-professionals",
        Withdrawal = "withdrawal",
        Other = "other",
    }
}

code_enum! {
    /// Where it was seen.
    Platform, "platform" {
        WhatsApp = "whatsapp",
        Snapchat = "snapchat",
        Instagram = "instagram",
        Telegram = "telegram",
        TikTok = "tiktok",
        YouTube = "youtube",
        Facebook = "facebook",
        Discord = "discord",
        X = "x",
        Gaming = "gaming",
        News = "news",
        Offline = "offline",
        Other = "other",
    }
}

code_enum! {
    /// How the worker came to know it; decides which role frames apply (seed 002).
    SourceType, "source" {
        OpenSource = "open-source",
        ClosedGroup = "closed-group",
        DirectContact = "direct-contact",
        Offline = "offline",
    }
}

code_enum! {
    /// How soon someone should act on it.
    Urgency, "urgency" {
        Low = "low",
        Normal = "normal",
        High = "high",
        Acute = "acute",
    }
}

code_enum! {
    /// An age band: exact ages never leave the device (hard rule 2).
    AgeBand, "ageband" {
        Under12 = "0-11",
        From12To15 = "12-15",
        From16To17 = "16-17",
        From18To22 = "18-22",
        From23 = "23-plus",
    }
}

impl AgeBand {
    /// The band an exact age falls in.
    pub fn of_age(age: u32) -> AgeBand {
        match age {
            0..=11 => AgeBand::Under12,
            12..=15 => AgeBand::From12To15,
            16..=17 => AgeBand::From16To17,
            18..=22 => AgeBand::From18To22,
            _ => AgeBand::From23,
        }
    }
}

code_enum! {
    /// The user's professional role, chosen at onboarding; it selects the role frame (seed 002).
    Role, "role" {
        YouthWorker = "jongerenwerker",
        Police = "politie",
        Enforcement = "boa",
        MunicipalityOov = "gemeente-oov",
        School = "school",
        TeamLead = "teamlead",
    }
}

code_enum! {
    /// Where an entry stands on its way to the case system.
    ShareStatus, "share" {
        /// Kept on the device only.
        NotShared = "not-shared",
        /// Consented and waiting in the outbox.
        Queued = "queued",
        /// Arrived at the case system.
        Shared = "shared",
        /// Arrived at the case system, but edited since: the municipality holds an older
        /// revision until it is shared again.
        SharedOlder = "shared-older",
        /// Consent was withdrawn; the shared copy is being removed.
        Retracting = "retracting",
        /// The shared copy was removed from the case system.
        Retracted = "retracted",
        /// The case system refused it; the outbox says why.
        Parked = "parked",
    }
}

impl ShareStatus {
    /// The status after the entry got a new revision.
    pub fn after_edit(self) -> ShareStatus {
        match self {
            ShareStatus::Shared => ShareStatus::SharedOlder,
            other => other,
        }
    }
}
