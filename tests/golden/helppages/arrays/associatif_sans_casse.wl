// Page d'aide "Tableau associatif (Type)" (doc.pcsoft.fr) : options de la déclaration,
// ccSansCasse et ccSansAccent : des clés qui ne diffèrent que par la casse ou les accents
// sont la même clé.
Villes est un tableau associatif (ccSansCasse + ccSansAccent) de chaînes
Villes["Orléans"] = "45"
Villes["ORLEANS"] = "Loiret"
Trace(TableauOccurrence(Villes), Villes["orleans"]) // expect: 1, Loiret
POUR TOUT ÉLÉMENT Dpt, Ville DE Villes
	Trace(Ville + " : " + Dpt) // expect: Orléans : Loiret
FIN
Strict est un tableau associatif d'entiers
Strict["A"] = 1
Trace(Strict["a"]..Existe) // expect: 0
