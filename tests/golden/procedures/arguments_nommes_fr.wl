// Paramètres nommés (INFERRED, docs/semantics.md "Named arguments") : `Nom : valeur`
// dans un appel donne le paramètre de ce nom, dans n'importe quel ordre après les
// paramètres donnés par position ; un paramètre omis entre deux donnés prend sa valeur
// par défaut. Procédures, procédures internes, méthodes (`.` et `:`), méthodes
// globales et constructeurs ; noms dans toute casse, avec ou sans accents.
Trace(Remise(nMontant : 80))                      // expect: 8
Trace(Remise(200, nTaux : 5))                     // expect: 10
Trace(Remise(nTaux : 20, nMontant : 50))          // expect: 10
Trace(REMISE(NMONTANT : 10, ntaux : 50))          // expect: 5
Trace(Libellé("Facture", sSuffixe : "!"))         // expect: Facture - 1!
Trace(Libelle("Facture", nExemplaires : 3))       // expect: Facture - 3
Trace(Libellé(sSuffixe : "?", sTitre : "Commande")) // expect: Commande - 1?
Trace(Libellé("Copie", NEXEMPLAIRES : 2, sSuffixe : "."))  // expect: Copie - 2.

cpt est un CCompte(mSolde : 10, sNom : "Anne")
Trace(cpt.m_sNom, cpt.m_mSolde)                  // expect: Anne, 10
cpt.Déposer(sMotif : "salaire", mMontant : 100)   // expect: salaire 110
cpt:Deposer(50, sMotif : "prime")                 // expect: prime 160
b est un CCompte = CCompte.Ouvrir(sNom : "Paul")
Trace(b.m_sNom, b.m_mSolde)                      // expect: Paul, 5
e est un CCompte dynamique = nouveau CCompte(sNom : "Ève")
Trace(e.m_sNom, e.m_mSolde)                      // expect: Ève, 0

PROCÉDURE INTERNE Surface(nLargeur est un entier, nHauteur est un entier = 2)
RENVOYER nLargeur * nHauteur
FIN
Trace(Surface(nHauteur : 5, nLargeur : 3))        // expect: 15
Trace(surface(nlargeur : 4))                      // expect: 8
Trace(Joint(sA : Joint(sA : "x", sB : "y"), sB : "z"))  // expect: xyz
Trace(Applique(pF : (v) => v * 3, nV : 4))        // expect: 12
ep est un CEpargne(nTaux : 7)
Trace(ep.m_mSolde, ep.m_nTaux)                    // expect: 2, 7

Trace(Paire(b : 5, a : 1), Paire(a : 3), Somme(de : 1, sur : 2))  // expect: 15, 32, 3

PROCÉDURE Paire(a, b = 2)
RENVOYER a * 10 + b

PROCÉDURE Somme(de, sur)
RENVOYER de + sur

PROCÉDURE Joint(sA, sB = "-")
RENVOYER sA + sB

PROCÉDURE Applique(nV est un entier, pF est une Procédure)
RENVOYER pF(nV)

PROCÉDURE Remise(nMontant est un entier, nTaux est un entier = 10)
RENVOYER nMontant * nTaux / 100

PROCEDURE Libellé(sTitre est une chaîne, nExemplaires est un entier = 1, sSuffixe est une chaîne = "")
RENVOYER sTitre + " - " + nExemplaires + sSuffixe

CCompte est une Classe
    m_sNom est une chaîne
    m_mSolde est un monétaire
FIN

PROCÉDURE CCompte::Constructeur(sNom est une chaîne = "?", mSolde est un monétaire = 0)
m_sNom = sNom
m_mSolde = mSolde

PROCÉDURE CCompte::Déposer(mMontant est un monétaire, sMotif est une chaîne = "dépôt")
m_mSolde += mMontant
Trace(sMotif + " " + m_mSolde)

PROCÉDURE GLOBALE CCompte::Ouvrir(sNom est une chaîne, mSolde est un monétaire = 5)
c est un CCompte(sNom : sNom, mSolde : mSolde)
RENVOYER c

CEpargne est une Classe
    hérite de CCompte
    m_nTaux est un entier
FIN

PROCÉDURE CEpargne::Constructeur(nTaux est un entier)
Constructeur CCompte(mSolde : 2, sNom : "épargne")
m_nTaux = nTaux
