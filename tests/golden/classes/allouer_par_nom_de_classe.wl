// allouer un <variable> : un objet de la classe que nomme son texte, comme le code de
// PC SOFT (WD_DirectX, COMUtils.wdg : `v = allouer un __wlClassName(ppv)`, le paramètre
// ayant pour défaut le nom d'une classe) ; INFERRED, docs/semantics.md "A class name as a
// value". Le nom s'écrit dans n'importe quelle casse, avec ou sans accents ; un texte qui
// ne nomme aucune classe arrête l'exécution.
CForme est une Classe
    m_nCôtés est un entier
FIN
CCarré est une Classe
    hérite de CForme
FIN
f est un CForme dynamique
Lier(f, 4)
Trace(f..Classe, f.m_nCôtés) // expect: CCarré, 4
SELON f..Classe
    CAS CForme : Trace("forme")
    CAS ccarré : Trace("carré") // expect: carré
FIN
Lier(f, 3, CForme)
Trace(f..Classe, f.m_nCôtés) // expect: CForme, 3
sNom est une chaîne = "ccarre"
g est un CForme dynamique = allouer un sNom(5)
Trace(g..Classe, g.m_nCôtés) // expect: CCarré, 5
sNom = "CInconnue"
g = allouer un sNom // expect error: new: 'CInconnue' names no class of the program

PROCÉDURE Lier(v est un CForme dynamique, n est un entier, local __wlNomClasse = CCarré)
v = allouer un __wlNomClasse(n)

PROCÉDURE CForme::Constructeur(n est un entier = 0)
m_nCôtés = n
