// Transforme et Filtre (noms français de Map et Filter), en appel et en syntaxe préfixée
tabMots est un tableau de chaînes = ["pomme", "kiwi", "banane"]
tabLong est un tableau d'entiers = Transforme(tabMots, m => Taille(m))
Trace(TableauVersChaîne(tabLong, "-")) // expect: 5-4-6
tabCourts est un tableau de chaînes = Filtre(tabMots, (m) => { RENVOYER Taille(m) < 6 })
Trace(TableauVersChaîne(tabCourts, "-")) // expect: pomme-kiwi
tabMaj est un tableau de chaînes = TRANSFORME(tabMots, EnMajuscules)
Trace(tabMaj[2], tabMots[2]) // expect: KIWI, kiwi
tabCinq est un tableau de chaînes = tabMots.Filtre(m => Taille(m) = 5)
Trace(tabCinq.Occurrence(), tabCinq[1]) // expect: 1, pomme
Trace(tabMots.Transforme(m => Gauche(m, 1))[3]) // expect: b
PROCÉDURE EnMajuscules(s)
RENVOYER Majuscule(s)
