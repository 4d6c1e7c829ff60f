# The Settings view.

settings-title = Réglages
settings-lead = Les changements s’appliquent aussitôt et sont conservés sur cet appareil.
settings-language = Langue
settings-language-browser = Celle de mon navigateur
settings-theme = Thème
settings-theme-system = Celui de mon appareil
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-text = Taille du texte
settings-text-standard = Standard
settings-text-large = Grande
settings-text-larger = Très grande
settings-motion = Animations
settings-motion-system = Comme sur mon appareil
settings-motion-reduce = Réduire les animations
settings-data = Vos données
settings-data-where = { -app } n’a pas de serveur. Votre progression, votre mode et les raisons que vous écrivez sont conservés dans le stockage de ce navigateur, une entrée par scénario, et ne quittent jamais cet appareil.
settings-kept-granted = Ce navigateur a accepté de conserver votre progression : il ne l’effacera pas pour faire de la place quand l’appareil manquera d’espace.
settings-kept-not-granted = Ce navigateur n’a pas accepté de conserver durablement votre progression : il peut l’effacer quand l’appareil manque d’espace, et elle disparaît si vous effacez les données de ce site. Téléchargez une sauvegarde de temps en temps.
settings-kept-unknown = Ce navigateur ne peut pas dire s’il conservera votre progression quand l’appareil manquera d’espace. Téléchargez une sauvegarde de temps en temps.
settings-kept-off = Ce navigateur ne conserve pas votre progression (le stockage est désactivé ici, comme dans une fenêtre privée ou une page intégrée) : elle disparaît à la fermeture de cet onglet. Téléchargez une sauvegarde avant de le fermer.
settings-backup-link = Sauvegarder ou restaurer votre progression depuis votre profil
