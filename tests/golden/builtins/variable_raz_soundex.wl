// VariableRAZ : une variable revient à la valeur d'une déclaration neuve ; Soundex.
ST_Champ est une Structure
    nom est une chaîne
    valeur est une chaîne = "?"
FIN
stChamp est une ST_Champ
tabChamps est un tableau de ST_Champ
stChamp.nom = "Civilite"
stChamp.valeur = "Monsieur"
Ajoute(tabChamps, stChamp)
variableraz(stChamp)
Trace(stChamp.nom = "", stChamp.valeur)   // expect: 1, ?
stChamp.nom = "Nom"
Ajoute(tabChamps, stChamp)
Trace(tabChamps[1].nom, tabChamps[1].valeur, tabChamps[2].nom, tabChamps[2].valeur)   // expect: Civilite, Monsieur, Nom, ?
t est un tableau associatif d'entiers
t["a"] = 1
VariableRAZ(t)
Trace(TableauOccurrence(t))   // expect: 0
Trace(SOUNDEX("Éloïse"), Soundex("Müller"))   // expect: E420, M460
