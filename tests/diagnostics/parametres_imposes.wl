// WL202 (« le paramètre n'est jamais utilisé ») n'est pas dit là où le prototype est
// imposé : une procédure passée pour être rappelée, un accesseur <set>, une méthode
// virtuelle ou que plusieurs classes déclarent (docs/check.md, WL202). Ailleurs, si.
tabNoms est un tableau de chaînes = ["b", "a"]
TableauTrie(tabNoms, ttFonction, ComparePremier)
ThreadExécute("t", threadNormal, Tâche, 1)
ThreadAttend("t")
Trace(tabNoms[1], Aide(1, 2))
PROCÉDURE ComparePremier(s1, s2)
RENVOYER 0
PROCÉDURE Tâche(nNuméro)
Trace("tâche")
PROCÉDURE Aide(a, bInutile) // warning: WL202:19 the parameter 'bInutile' is never used
RENVOYER a
CForme est une Classe
	m_sNom est une chaîne
FIN
PROCÉDURE PUBLIQUE CForme::Nom() <get>
RENVOYER m_sNom
PROCÉDURE PUBLIQUE CForme::Nom(sValeur) <set>
m_sNom = "fixe"
PROCÉDURE VIRTUELLE CForme::Dessine(nCouleur)
Trace(m_sNom)
