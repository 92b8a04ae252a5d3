// HListeRubrique(Fichier, hLstDétail) : nom, type de clé, code de type, taille, nombre
// d'éléments du tableau et libellé, séparés par TAB. L'analyse
// (liste_rubrique_tableau_libelle_fr.files/contacts.xdd) a une rubrique tableau de 3
// éléments (trois INDICERUBRIQUE) et des libellés (notre extension : l'export de WINDEV
// n'en garde pas, une vraie analyse donne "") : docs/hfsql.md
Trace(HOuvreAnalyse("contacts.xdd")) // expect: 1
s est une chaîne = HListeRubrique(Contact, hLstDétail)
POUR TOUTE CHAÎNE sLigne DE s SÉPARÉE PAR RC
	Trace(Remplace(sLigne, TAB, "|"))
FIN
// expect: IDContact|2061|28|4|1|
// expect: Nom|2062|2|40|1|Nom complet
// expect: Téléphone|2060|2|20|3|Numéros de téléphone
// expect: Note|2060|5|4|1|
Trace(ExtraitChaîne(ExtraitChaîne(s, 3, RC), 5, TAB)) // expect: 3
Trace(HFermeAnalyse()) // expect: 1
HFerme("*")
fSupprime("contacts.db") // le fichier SQLite créé à côté du programme
