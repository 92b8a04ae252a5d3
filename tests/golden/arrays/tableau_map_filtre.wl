// TableauMap et TableauFiltre (noms français)
tabMots est un tableau de chaînes = ["pomme", "kiwi", "banane"]
tabLong est un tableau d'entiers = TableauMap(tabMots, m => Taille(m))
Trace(TableauVersChaîne(tabLong, "-")) // expect: 5-4-6
tabCourts est un tableau de chaînes = TableauFiltre(tabMots, (m) => { RENVOYER Taille(m) < 6 })
Trace(TableauVersChaîne(tabCourts, "-")) // expect: pomme-kiwi
tabMaj est un tableau de chaînes = tableaumap(tabMots, EnMajuscules)
Trace(tabMaj[2], tabMots[2]) // expect: KIWI, kiwi
PROCÉDURE EnMajuscules(s)
RENVOYER Majuscule(s)
