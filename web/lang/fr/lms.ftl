# La ligne d’état d’un lancement depuis un LMS, sous la page (le module LMS, docs/lms.md).
# $lms est le type de lien : SCORM 1.2, SCORM 2004 ou cmi5. $why est la raison donnée par le
# LMS ou le réseau, telle quelle (non traduite).
lms-recording = Vos réponses sont enregistrées par votre LMS ({ $lms }).
lms-review = Relecture : votre LMS ({ $lms }) n’enregistre pas cette visite.
lms-unreachable = Votre LMS ({ $lms }) est injoignable pour l’instant ; votre progression est conservée dans ce navigateur en attendant.
lms-ended = Cette session est terminée dans votre LMS : rouvrez l’activité depuis votre cours pour reprendre l’enregistrement. Votre progression est conservée dans ce navigateur.
lms-on-record = Votre LMS a déjà enregistré cette tentative ; les réponses que vous donnerez désormais resteront dans ce navigateur.
lms-back = La connexion avec votre LMS est rétablie : toutes vos réponses jusqu’ici sont enregistrées.
# $seconds : le délai avant le prochain essai.
lms-retrying = Pas encore enregistré : { $why }. Nouvel essai dans { $seconds } s ; votre progression est conservée dans ce navigateur.
lms-not-recording = Pas d’enregistrement : { $why }.
lms-recorded = Votre LMS a enregistré cette tentative.
# $result : le résultat de la tentative, comme « 11,6 / 100, non réussi (seuil de réussite 70) ».
lms-recorded-result = Votre LMS a enregistré cette tentative : { $result }.
# Le lien de retour au cours, une fois la session cmi5 terminée.
lms-return = Revenir au cours
