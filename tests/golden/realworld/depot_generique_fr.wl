// Un dépôt générique : une interface, une classe de base abstraite avec un constructeur,
// des membres PROTÉGÉS, une méthode virtuelle, deux implémentations (mémoire et fichier
// texte), des références avec <-, un destructeur qui trace la fermeture (jumeau
// anglais : generic_repository_en.wl).
IDépôt est une Interface
	PROCÉDURE Enregistre(sClé est une chaîne, sValeur est une chaîne) : booléen
	PROCÉDURE Lit(sClé est une chaîne) : chaîne
	PROCÉDURE Nombre() : entier
FIN

CDépôtBase est une Classe, abstraite
PROTÉGÉ
	m_sNom est une chaîne
	m_nEcritures est un entier
FIN

CDépôtMémoire est une Classe
	hérite de CDépôtBase
	implémente IDépôt
PRIVÉ
	m_tabValeurs est un tableau associatif de chaînes
FIN

CDépôtTexte est une Classe
	hérite de CDépôtBase
	implémente IDépôt
PRIVÉ
	m_sContenu est une chaîne
FIN

// --- code principal
pMém est un CDépôtMémoire dynamique = allouer un CDépôtMémoire() // expect: ouverture mémoire
pTxt est un CDépôtTexte dynamique = nouveau CDépôtTexte("C:\Données\clients.txt") // expect: ouverture clients.txt
tabDépôts est un tableau de IDépôt
TableauAjoute(tabDépôts, pMém)
TableauAjoute(tabDépôts, pTxt)
POUR TOUT d DE tabDépôts
	Remplit(d)
	Trace(Résumé(d))
FIN
// expect: Dupont / Lyon : 3
// expect: clé refusée
// expect: Dupont / Lyon : 2
pRéf est un CDépôtBase dynamique
pRéf <- pMém
Trace(pRéf.Description()) // expect: dépôt mémoire (3 clé(s))
pRéf <- pTxt
Trace(pRéf.Description()) // expect: dépôt clients.txt
pRéf = Null
libérer pMém // expect: fermeture mémoire après 3 écriture(s)
libérer pTxt // expect: fermeture clients.txt après 2 écriture(s)

PROCÉDURE CDépôtBase::Constructeur(LOCAL sNom est une chaîne)
m_sNom = sNom
Trace("ouverture " + m_sNom)

PROCÉDURE CDépôtBase::Destructeur()
Trace("fermeture " + m_sNom + " après " + m_nEcritures + " écriture(s)")

PROCÉDURE VIRTUELLE CDépôtBase::Description() : chaîne
RENVOYER "dépôt " + m_sNom

PROCÉDURE PROTÉGÉ CDépôtBase::Compte()
m_nEcritures++

PROCÉDURE CDépôtMémoire::Constructeur()
Constructeur CDépôtBase("mémoire")

PROCÉDURE CDépôtMémoire::Enregistre(sClé est une chaîne, sValeur est une chaîne) : booléen
m_tabValeurs[sClé] = sValeur
Compte()
RENVOYER Vrai

PROCÉDURE CDépôtMémoire::Lit(sClé est une chaîne) : chaîne
SI m_tabValeurs[sClé]..Existe ALORS RENVOYER m_tabValeurs[sClé]
RENVOYER ""

PROCÉDURE CDépôtMémoire::Nombre() : entier
RENVOYER m_tabValeurs..Occurrence

PROCÉDURE CDépôtMémoire::Description() : chaîne
RENVOYER Ancêtre.Description() + " (" + Nombre() + " clé(s))"

PROCÉDURE CDépôtTexte::Constructeur(sFichier)
Constructeur CDépôtBase(fExtraitChemin(sFichier, fFichier + fExtension))

PROCÉDURE CDépôtTexte::Enregistre(sClé est une chaîne, sValeur est une chaîne) : booléen
SI Position(sClé, "=") > 0 ALORS RENVOYER Faux
m_sContenu += [RC] + sClé + "=" + sValeur
Compte()
RENVOYER Vrai

PROCÉDURE CDépôtTexte::Lit(sClé est une chaîne) : chaîne
POUR TOUTE CHAÎNE sLigne DE m_sContenu SÉPARÉE PAR RC
	SI ExtraitChaîne(sLigne, 1, "=") = sClé ALORS RENVOYER ExtraitChaîne(sLigne, 2, "=")
FIN
RENVOYER ""

PROCÉDURE CDépôtTexte::Nombre() : entier
RENVOYER ChaîneOccurrence(m_sContenu, "=")

PROCÉDURE Remplit(d est un IDépôt)
d.Enregistre("client", "Dupont")
d.Enregistre("ville", "Lyon")
SI PAS d.Enregistre("a=b", "x") ALORS Trace("clé refusée")

PROCÉDURE Résumé(LOCAL d est un IDépôt) : chaîne
RENVOYER d.Lit("client") + " / " + d.Lit("ville") + " : " + d.Nombre()

