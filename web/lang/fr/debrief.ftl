# Les phrases du détail du score et du bilan, que disent à la fois la vue Bilan de l’application web
# et le CLI d’auteur (`judgement-call play --responses`) (crates/figures).
# Une phrase peut marquer des mots : <label>…</label> ouvre une phrase, <figure>…</figure> est un nombre,
# <stress>…</stress> l’idée à retenir ; gardez les marques autour des mots qui leur correspondent.
# Les noms ($decision, $option, $ending…) arrivent déjà entre guillemets.

## Comment le bilan nomme les éléments d’un scénario

# Les mots d’un scénario entre guillemets : une question, une option, le titre d’une fin.
says-quoted = « { $words } »
# La place d’une question dans le parcours de l’apprenant : « décision 3 ».
says-decision-number = décision { $number }
# Où va l’histoire ensuite, après « a mené l’histoire à » ou une flèche. $ask est la question, entre guillemets.
says-the-question = la question { $ask }
# $title est le titre d’une fin, entre guillemets.
says-the-ending = la fin { $title }
says-the-next-scene = la scène suivante
says-stuck = (l’histoire resterait bloquée)
# Pour qui un élément d’une liste à cocher est un enjeu. $who est le nom d’une partie prenante ; $plural vaut « yes » quand le nom finit déjà par s (comme « Users »). En français, les deux variantes sont identiques.
says-concern = { $plural ->
    [yes] enjeu pour { $who }
   *[other] enjeu pour { $who }
}
# Une réponse, comme les mots après « Vous avez » (says-you) : $option est le texte d’une option, entre guillemets.
says-picked = choisi { $option }
# $ratings : chaque option avec la note donnée, listées.
says-rated = noté { $ratings }
# $options : les options dans l’ordre du classement.
says-ranked = classé { $options } (de la meilleure à la moins bonne)
says-ticked = coché { $options }
says-ticked-nothing = laissé toutes les cases décochées
# Comment commence une partie rejouée, après « rejouez-la ».
says-replay-start = depuis le début
says-replay-there = à partir de là, en gardant vos réponses précédentes
# Deux noms reliés : « “Appeler Maya.” et “Le signaler.” ».
says-and = { $first } et { $second }

## Les titres du bilan

says-teaching-moments = Moments clés
says-the-lesson = La leçon
says-also = À voir aussi
says-why = Pourquoi
says-coaching = Conseils
says-caused = Ce que cela a entraîné
says-road-not-taken = Les chemins non empruntés
says-fell-short = Ce qui a manqué
says-weigh = Ce que met en balance un chef de produit senior

## Les moments clés

says-no-moments = Aucun choix n’a coûté assez pour servir de leçon : chacun valait celui des experts, ou presque.
says-split = Les experts sont partagés ici : plus d’un choix se défend.
says-goal = <label>Votre objectif :</label> { $goal }
# Pourquoi une réponse est devenue un moment clé, comme une proposition après sa décision : $points est le nombre de points perdus au score global.
says-lesson-sure = votre confiance était élevée, et ce n’était pas un choix acceptable
says-lesson-largest = votre plus grosse perte, { $points } { $points -> [one] point *[other] points } au score global
says-lesson-loss = une perte de { $points } { $points -> [one] point *[other] points } au score global
says-lesson-missed = l’essentiel vous a échappé ici
# Où un moment clé a eu lieu et ce qu’il a coûté. $at est la question et sa place : « “Qui d’abord ?” (décision 1) ».
says-came-to-sure-cost = À la question { $at }, vous avez indiqué une confiance élevée pour un choix que les experts n’acceptent pas ; il vous a coûté { $points } { $points -> [one] point *[other] points }.
says-came-to-sure = À la question { $at }, vous avez indiqué une confiance élevée pour un choix que les experts n’acceptent pas.
says-came-to-largest = À la question { $at }, vous avez perdu { $points } { $points -> [one] point *[other] points }, votre plus grosse perte.
says-came-to-loss = À la question { $at }, vous avez perdu { $points } { $points -> [one] point *[other] points }.
says-came-to-missed = À la question { $at }, l’essentiel vous a échappé.
# $call est l’option que préfèrent les experts, entre guillemets.
says-call = <label>Le choix des experts :</label> { $call }
says-call-split = Les experts sont partagés entre cette option et une autre.
says-call-second = Une autre option la suit de près.
# Ce que l’apprenant a répondu : $answer est « choisi … », « coché … » et les autres ci-dessus.
says-you = Vous avez { $answer }
# La note moyenne d’une option selon les experts, et leur dispersion (écart type).
says-mean-sd = { $mean } ± { $sd }
# $options : des options, listées.
says-what-matters = <label>Ce qui compte ici :</label> { $options }.
# $options : des options, chacune avec sa note moyenne et son écart type, comme les formule says-preferred-option.
says-preferred = <label>Les experts ont préféré</label> { $options }.
says-preferred-option = { $option } ({ $mean }, écart type { $sd })
# $options : chaque option suivie de sa moyenne ± son écart type.
says-spread = Chaque option (moyenne ± écart type) : { $options }.
# $items : des éléments de liste à cocher, chacun avec la personne pour qui c’est un enjeu.
says-not-ticked = Vous n’avez pas coché : { $items }.
# $at : les listes à cocher, listées.
says-not-ticked-before = Avant ce choix, en répondant à { $at }, vous n’aviez pas coché : { $items }.
says-distractors = Vous avez coché des éléments hors sujet : { $options }.
# Comment les notes de l’apprenant se situaient par rapport à celles des experts : $elevation et $scatter sont des écarts signés, $elevation_words et $scatter_words les formules ci-dessous.
says-rating-shape = Vos notes : niveau { $elevation }, { $elevation_words } ; dispersion { $scatter }, { $scatter_words }.
says-elevation-higher = globalement plus élevé que celui des experts : vous avez jugé les options plus efficaces qu’eux
says-elevation-lower = globalement plus bas que celui des experts : vous avez jugé les options moins efficaces qu’eux
says-elevation-same = globalement comparable à celui des experts
says-scatter-closer = plus resserrée que celle des experts : vous avez moins distingué qu’eux les options solides des options faibles
says-scatter-further = plus étalée que celle des experts : vous avez départagé les options plus nettement qu’eux
says-scatter-same = à peu près la même que celle des experts

## Ce qu’un choix a entraîné

# Un changement de l’état de l’histoire, comme la proposition après « vous avez choisi …, ce qui » : $state est son libellé, $before et $after ses valeurs, $notes ce qui figure ci-dessous entre parenthèses, ou rien.
says-effect-raised = a fait monter { $state } de { $before } à { $after }{ $notes }
says-effect-lowered = a fait baisser { $state } de { $before } à { $after }{ $notes }
says-effect-set = a fait passer { $state } de { $before } à { $after }{ $notes }
says-effect-hidden = masqué
# $response : l’endroit où le changement s’est appliqué, « décision 3 ».
says-effect-delayed = différé, appliqué à la { $response }
# Sur une ligne à part : $change est « +30 » ou says-effect-set-to.
says-effect-set-to = fixé à { $value }
says-effect-landed = différé ; appliqué à la { $response }

## Le parcours

says-stayed = Vous avez suivi le parcours de l’expert de bout en bout.
# $response : « décision 1 » ; $decision : la question ; $mine et $expert : les options choisies.
says-left-at = Vous avez quitté le parcours de l’expert à la { $response } ({ $decision }) : vous avez choisi { $mine }, l’expert { $expert }
# La même chose à une décision à laquelle on ne répond pas par un choix : $mine et $expert sont des réponses telles qu’après « Vous avez » (says-ticked…).
says-left-at-answer = Vous avez quitté le parcours de l’expert à la { $response } ({ $decision }) : vous avez { $mine }, l’expert a { $expert }
says-left = Vous avez quitté le parcours de l’expert à la { $response }.
# $ending : le titre de la fin.
says-why-this-ending = Pourquoi cette fin ({ $ending })
says-undecided = Tous les parcours peuvent finir ici ; aucun choix ni changement d’état n’en a décidé.
# Un maillon de l’enchaînement des causes, en deux parties : le choix (« À la question “Qui d’abord ?” (décision 1), vous avez choisi “Livrer”, ce qui ») et ce qu’il a fait.
says-chose = À la question { $decision } ({ $response }), vous avez choisi { $option }, ce qui
says-took-to = a mené l’histoire à { $place }
# Un choix qui avait d’autres options : $decision est la question, $option l’option choisie.
says-road = { $decision } (vous avez choisi { $option })
# Une option écartée : la moyenne des experts, puis où elle mène ($arrow est une flèche, $way un endroit).
says-fork = { $option } (<figure>{ $mean }</figure>) { $arrow } { $way }

## La prochaine étape

says-next-step-none = <label>Prochaine étape :</label> répondez d’abord à quelques décisions.
# $dimension : la dimension la plus faible de l’apprenant ; $habit : l’une des habitudes ci-dessous.
says-next-step = <label>Prochaine étape</label> ({ $dimension } est votre dimension la plus faible) : <stress>{ $habit }</stress>
says-try-first = Commencez par l’appliquer à la question { $decision }.
says-habit-judgement = Avant de choisir, notez ce que coûte chaque option et qui en paie le prix, puis retenez celle dont vous pouvez défendre le coût à voix haute.
says-habit-nuance = Avant votre prochain choix, complétez la phrase « Si X, je ferais A ; si Y, B ; ici, c’est X parce que… », et vérifiez quel fait correspond à X.
says-habit-stakeholders = Avant de décider, listez qui subit les inconvénients de chaque option, et demandez à l’une de ces personnes ce qu’elle verrait en premier.
says-habit-ownership = Quand l’envie vous prend de faire remonter une décision, apportez votre recommandation et une date plutôt que la question.
says-habit-calibration = Avant d’indiquer votre degré de confiance, nommez un fait qui vous donnerait tort ; si vous ne pouvez pas l’écarter, choisissez le niveau en dessous.
says-habit-underconfident = Quand vous avez vérifié vos raisons sans trouver de fait qui vous donnerait tort, indiquez « Confiance élevée » : rester sur la réserve face à un choix solide coûte autant que surestimer un choix fragile.
# Pour une dimension que définit un scénario : $dimension est son nom, en minuscules.
says-habit-other = Rejouez la décision où la dimension « { $dimension } » était la plus faible, et lisez le raisonnement des experts avant de choisir.
# $decision : la question ; $points : les points perdus à cet endroit au score global ; $from : says-replay-start ou says-replay-there.
says-replay = <label>Conseil pour rejouer :</label> la question { $decision } vous a coûté le plus ({ $points } { $points -> [one] point *[other] points }) ; rejouez-la { $from }.
says-replay-none = <label>Conseil pour rejouer :</label> aucun ; aucune décision n’a coûté grand-chose.

## Le score

# Comment les choix se situent par rapport à des réponses au hasard et aux experts, comme les mots après « Vos choix étaient ».
says-random-worse = moins bons que des réponses au hasard
says-random-same = au même niveau que des réponses au hasard
says-random-barely = à peine meilleurs que des réponses au hasard
says-random-better = meilleurs que des réponses au hasard, mais loin de ceux des experts
says-random-closer = plus proches de ceux des experts que de réponses au hasard
says-random-close = proches de ceux des experts
says-random-experts = aussi bons que ceux des experts
# $words : l’une des formules ci-dessus ; $random : ce que rapporteraient des réponses au hasard, sur 100.
says-gist-far = Vos choix étaient { $words }, qui rapporteraient environ { $random } ici.
says-gist-near = Vos choix étaient { $words } (le hasard rapporterait environ { $random } ici).
says-gist = Vos choix étaient { $words }.
# $words : l’une des formules ci-dessus, avec une majuscule ; $chance : ce que rapportent des réponses au hasard ; $corrected : le score corrigé du hasard.
says-chance = { $words } : répondre au hasard rapporterait { $chance } sur ces décisions, et votre score corrigé du hasard est de { $corrected } / 100.
# Où les choix ont mené sur le chemin du pire parcours au meilleur, après « Du pire parcours au meilleur, vos choix vous placent ».
says-distance-none = au point de départ
says-distance-little = un peu après le départ
says-distance-quarter = à environ un quart du chemin
says-distance-third = à environ un tiers du chemin
says-distance-half = à peu près à mi-chemin
says-distance-two-thirds = à environ deux tiers du chemin
says-distance-three-quarters = à environ trois quarts du chemin
says-distance-most = tout près de l’arrivée
says-distance-all = à l’arrivée
says-went = Du pire parcours au meilleur, vos choix vous placent { $distance }
says-reach = { $went }.
# $efficiency : de 0 pour le pire parcours à 1 pour le meilleur ; les autres chiffres sont des sommes des notes des experts le long des parcours.
says-path = { $went } (efficacité du parcours { $efficiency } : les options que vous avez choisies totalisent { $quality } en qualité pondérée selon les experts, le pire parcours { $worst } et le meilleur { $best } ; jouer au hasard rapporte en moyenne { $chance }, et votre résultat corrigé du hasard est de { $corrected }).
says-path-unfinished = Efficacité du parcours : pas encore, car l’histoire n’est pas terminée (pour l’instant { $quality } en qualité pondérée selon les experts ; les parcours totalisent de { $worst } à { $best }).
# Les remarques sous le score d’une décision. $gap : un écart de notes, sur 7.
says-item-gap = la note de votre choix est inférieure de { $gap } à celle du meilleur choix ici
says-item-rating = la forme de vos notes correspond à celle des experts avec r = { $r } (des notes entières peuvent atteindre au mieux { $best }) ; hors score : niveau { $elevation }, dispersion { $scatter }, accord brut { $agreement }
says-item-missed = vous n’avez pas coché { $options }
says-item-distractors = vous avez coché { $count ->
    [one] l’élément hors sujet
   *[other] les éléments hors sujet
} { $options }
# L’intervalle d’une dimension, qui contient sa vraie valeur avec environ 80 % de certitude.
says-band = [{ $low }-{ $high }]
# $weight : le poids des indices ; $count : le nombre de décisions dont ils viennent.
says-evidence = indices de poids { $weight } tirés de { $count -> [one] { $count } décision *[other] { $count } décisions }
says-relative = { $value } corrigé du hasard
says-thin = pas encore assez d’indices
# La calibration en chiffres : $judgements est le nombre de choix accompagnés d’un degré de confiance ; $marks les points fondés sur la certitude, sur $most possibles.
says-calibration = Calibration sur { $judgements ->
    [one] { $judgements } jugement
   *[other] { $judgements } jugements
} : points fondés sur la certitude { $marks } sur { $most } possibles ; Brier { $brier } (fiabilité { $reliability }, résolution { $resolution }, incertitude { $uncertainty }) ; excès de confiance { $overconfidence } ; discrimination { $discrimination }.
says-discrimination-none = sans objet (il faut à la fois de bons et de mauvais choix)
# Ce qu’ont donné les choix faits à un niveau de confiance. $level : un niveau de confiance (les confidence-… de play.ftl) ; $rate un pourcentage ; $claim et $fit les formules ci-dessous.
says-confidence-level = Quand vous avez indiqué « { $level } », { $said ->
    [one] votre choix a été acceptable { $right } fois sur { $said }
   *[other] vos choix ont été acceptables { $right } fois sur { $said }
} ({ $rate } %) ; « { $level } » signifie { $claim } : { $fit }.
says-claim-below = moins de { $high } %
says-claim-between = entre { $low } et { $high } %
says-claim-above = plus de { $low } %
says-fit-few = trop peu de choix pour en juger
says-fit-over = excès de confiance
says-fit-under = manque de confiance
says-fit-right = à peu près juste

# Un chiffre seul (un score, une moyenne), écrit à la manière de la langue.
says-number = { $value }

## Le dénouement et le verdict

# $ending : le titre de la fin.
says-ending = <label>Fin :</label> { $ending }
says-not-finished = Pas encore terminé.
# $changes : chaque valeur modifiée, « Confiance 3 → 1 ».
says-changed = Changements : { $changes }.
says-unchanged = Aucune variable n’a changé.
# $states : les valeurs que l’histoire a poussées au plus bas.
says-sacrificed = Au plus bas : { $states } (un service sacrifié).
says-none-sacrificed = Aucune variable n’a été poussée au plus bas.
says-passed = réussi
says-not-passed = non réussi
# Le résultat d’une tentative terminée en une ligne : $score sur 100, $verdict réussi ou non réussi, $pass le seuil de réussite.
says-result = { $score } / 100, { $verdict } (seuil de réussite { $pass })
says-overall = Score global : { $score } / 100 (seuil de réussite { $pass } : { $verdict }).
