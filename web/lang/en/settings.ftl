# The Settings view.

settings-title = Settings
settings-lead = Changes apply at once and are kept on this device.
settings-language = Language
settings-language-browser = Match my browser
settings-theme = Theme
settings-theme-system = Match my device
settings-theme-light = Light
settings-theme-dark = Dark
settings-text = Text size
settings-text-standard = Standard
settings-text-large = Large
settings-text-larger = Larger
settings-motion = Motion
settings-motion-system = Match my device
settings-motion-reduce = Reduce motion
settings-data = Your data
settings-data-where = { -app } has no server. Your progress, your mode and the reasons you write are kept in this browser’s storage, one entry per scenario, and never leave this device.
settings-kept-granted = This browser has agreed to keep your progress: it will not clear it to make room when the device runs short of space.
settings-kept-not-granted = This browser has not agreed to keep your progress for good: it may clear it when the device runs short of space, and it goes if you clear this site’s data. Download a backup from time to time.
settings-kept-unknown = This browser cannot say whether it will keep your progress when the device runs short of space. Download a backup from time to time.
settings-kept-off = This browser is not keeping your progress (storage is turned off here, as in a private window or an embedded page): it goes when this tab closes. Download a backup before you close it.
settings-backup-link = Back up or bring back your progress in your profile
