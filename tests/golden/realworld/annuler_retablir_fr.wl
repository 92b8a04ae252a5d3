// Pile annuler/rétablir de commandes d'édition (une INTERFACE ICommande : Exécute/Annule)
ICommande est une Interface
	PROCÉDURE Exécute()
	PROCÉDURE Annule()
	PROCÉDURE Libellé() : chaîne
FIN

CDocument est une Classe
	PUBLIC
	sTexte est une chaîne
FIN

CInsertion est une Classe
	implémente ICommande
	PRIVÉ
	m_pDoc est un CDocument dynamique
	m_sAjout est une chaîne
FIN

CEffacement est une Classe
	implémente ICommande
	PRIVÉ
	m_pDoc est un CDocument dynamique
	m_nNb est un entier
	m_sEnlevé est une chaîne
FIN

CHistorique est une Classe
	m_tabFaites est un tableau de ICommande
	m_tabDéfaites est un tableau de ICommande
FIN

doc est un CDocument dynamique = allouer un CDocument
h est un CHistorique
h.Fais(allouer un CInsertion(doc, "Bonjour"))
h.Fais(allouer un CInsertion(doc, " le monde"))
h.Fais(allouer un CEffacement(doc, 6))
Trace(doc.sTexte) // expect: Bonjour le
h.Annule()
Trace(doc.sTexte) // expect: Bonjour le monde
h.Annule()
h.Annule()
Trace("[" + doc.sTexte + "]", h.PeutAnnuler()) // expect: [], 0
h.Annule() // rien à annuler
h.Rétablit()
Trace(doc.sTexte, h.Résumé()) // expect: Bonjour, +Bonjour | ↷ + le monde, -6
h.Fais(allouer un CInsertion(doc, "!"))
Trace(doc.sTexte, h.PeutRétablir()) // expect: Bonjour!, 0

PROCÉDURE CInsertion::Constructeur(pDoc est un CDocument dynamique, sAjout est une chaîne)
m_pDoc <- pDoc
m_sAjout = sAjout

PROCÉDURE CInsertion::Exécute()
m_pDoc.sTexte += m_sAjout

PROCÉDURE CInsertion::Annule()
m_pDoc.sTexte = Gauche(m_pDoc.sTexte, Taille(m_pDoc.sTexte) - Taille(m_sAjout))

PROCÉDURE CInsertion::Libellé() : chaîne
RENVOYER "+" + m_sAjout

PROCÉDURE CEffacement::Constructeur(pDoc est un CDocument dynamique, LOCAL nNb est un entier)
m_pDoc <- pDoc
m_nNb = nNb

PROCÉDURE CEffacement::Exécute()
m_sEnlevé = Droite(m_pDoc.sTexte, m_nNb)
m_pDoc.sTexte = Gauche(m_pDoc.sTexte, Taille(m_pDoc.sTexte) - m_nNb)

PROCÉDURE CEffacement::Annule()
m_pDoc.sTexte += m_sEnlevé

PROCÉDURE CEffacement::Libellé() : chaîne
RENVOYER "-" + m_nNb

PROCÉDURE CHistorique::Fais(cmd est une ICommande)
cmd.Exécute()
TableauAjoute(m_tabFaites, cmd)
TableauSupprimeTout(m_tabDéfaites) // une nouvelle action efface ce qui était défait

PROCÉDURE CHistorique::Annule()
SI m_tabFaites.Occurrence = 0 ALORS RETOUR
cmd est une ICommande <- m_tabFaites[m_tabFaites.Occurrence]
TableauSupprime(m_tabFaites, m_tabFaites.Occurrence)
cmd.Annule()
TableauAjoute(m_tabDéfaites, cmd)

PROCÉDURE CHistorique::Rétablit()
SI TableauOccurrence(m_tabDéfaites) = 0 ALORS RETOUR
cmd est une ICommande <- m_tabDéfaites[TableauOccurrence(m_tabDéfaites)]
TableauSupprime(m_tabDéfaites, TableauOccurrence(m_tabDéfaites))
cmd.Exécute()
m_tabFaites.Ajoute(cmd)

PROCÉDURE CHistorique::PeutAnnuler() : booléen
RENVOYER m_tabFaites.Occurrence > 0

PROCÉDURE CHistorique::PeutRétablir() : booléen
RENVOYER m_tabDéfaites.Occurrence > 0

PROCÉDURE CHistorique::Résumé() : chaîne
sRés est une chaîne
POUR TOUT cmd DE m_tabFaites
	sRés += [", "] + cmd.Libellé()
FIN
sDéfaites est une chaîne
POUR i = m_tabDéfaites.Occurrence _À_ 1 PAS -1
	sDéfaites += [", "] + m_tabDéfaites[i].Libellé()
FIN
RENVOYER sRés + " | ↷ " + sDéfaites
