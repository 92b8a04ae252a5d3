// Le nom d'une classe comme valeur est son nom, un texte (?2514004) : comparé à
// ..Classe, gardé dans une variable texte ou non typée, donné à `allouer` par une
// variable ; là où un objet est attendu, c'est un texte, qu'aucun objet ne peut recevoir
CFormeÉtoilée est une Classe
	m_nBranches est un entier
FIN
o est un CFormeEtoilee
sNom est une chaîne = cformeétoilée
SI o..Classe = CFormeÉtoilée ALORS Trace(sNom)
p est un CFormeÉtoilée dynamique = allouer un sNom
Trace(p..Classe, Nommée())
q est un CFormeÉtoilée = CFormeÉtoilée // error: WL110:1 'CFormeÉtoilée' (the class's name) is a string: a value of type string cannot be stored in 'q', a CFormeÉtoilée (class)
Prends(CFormeÉtoilée) // error: WL116:8 'CFormeÉtoilée' (the class's name) is a string and the parameter 'c' of Prends is a CFormeÉtoilée: a value of type string cannot be stored in a class
Trace(CFormeÉtoilée.m_nBranches) // error: WL101:7 'CFormeÉtoilée' is a class or structure, not a variable
Trace(o.m_nBranches, q.m_nBranches)
PROCÉDURE Prends(c est un CFormeÉtoilée)
Trace(c.m_nBranches)
PROCÉDURE Nommée(local sClasse = CFormeÉtoilée, s est une chaîne = CFormeÉtoilée)
RENVOYER sClasse + s
