// Undo/redo stack of editing commands (an INTERFACE ICommande: Exécute/Annule), English
// keywords on the French twin's names (annuler_retablir_fr.wl)
ICommande is an Interface
	PROCEDURE Exécute()
	PROCEDURE Annule()
	PROCEDURE Libellé() : string
END

CDocument is a Class
	PUBLIC
	sTexte is string
END

CInsertion is a Class
	implements ICommande
	PRIVATE
	m_pDoc is CDocument dynamic
	m_sAjout is string
END

CEffacement is a Class
	implements ICommande
	PRIVATE
	m_pDoc is CDocument dynamic
	m_nNb is int
	m_sEnlevé is string
END

CHistorique is a Class
	m_tabFaites is array of ICommande
	m_tabDéfaites is array of ICommande
END

doc is CDocument dynamic = new CDocument
h is CHistorique
h.Fais(new CInsertion(doc, "Bonjour"))
h.Fais(new CInsertion(doc, " le monde"))
h.Fais(new CEffacement(doc, 6))
Trace(doc.sTexte) // expect: Bonjour le
h.Annule()
Trace(doc.sTexte) // expect: Bonjour le monde
h.Annule()
h.Annule()
Trace("[" + doc.sTexte + "]", h.PeutAnnuler()) // expect: [], 0
h.Annule() // rien à annuler
h.Rétablit()
Trace(doc.sTexte, h.Résumé()) // expect: Bonjour, +Bonjour | ↷ + le monde, -6
h.Fais(new CInsertion(doc, "!"))
Trace(doc.sTexte, h.PeutRétablir()) // expect: Bonjour!, 0

PROCEDURE CInsertion::Constructor(pDoc is CDocument dynamic, sAjout is string)
m_pDoc <- pDoc
m_sAjout = sAjout

PROCEDURE CInsertion::Exécute()
m_pDoc.sTexte += m_sAjout

PROCEDURE CInsertion::Annule()
m_pDoc.sTexte = Left(m_pDoc.sTexte, Length(m_pDoc.sTexte) - Length(m_sAjout))

PROCEDURE CInsertion::Libellé() : string
RESULT "+" + m_sAjout

PROCEDURE CEffacement::Constructor(pDoc is CDocument dynamic, LOCAL nNb is int)
m_pDoc <- pDoc
m_nNb = nNb

PROCEDURE CEffacement::Exécute()
m_sEnlevé = Right(m_pDoc.sTexte, m_nNb)
m_pDoc.sTexte = Left(m_pDoc.sTexte, Length(m_pDoc.sTexte) - m_nNb)

PROCEDURE CEffacement::Annule()
m_pDoc.sTexte += m_sEnlevé

PROCEDURE CEffacement::Libellé() : string
RESULT "-" + m_nNb

PROCEDURE CHistorique::Fais(cmd is ICommande)
cmd.Exécute()
ArrayAdd(m_tabFaites, cmd)
ArrayDeleteAll(m_tabDéfaites) // une nouvelle action efface ce qui était défait

PROCEDURE CHistorique::Annule()
IF m_tabFaites.Occurrence = 0 THEN RETURN
cmd is ICommande <- m_tabFaites[m_tabFaites.Occurrence]
ArrayDelete(m_tabFaites, m_tabFaites.Occurrence)
cmd.Annule()
ArrayAdd(m_tabDéfaites, cmd)

PROCEDURE CHistorique::Rétablit()
IF ArrayCount(m_tabDéfaites) = 0 THEN RETURN
cmd is ICommande <- m_tabDéfaites[ArrayCount(m_tabDéfaites)]
ArrayDelete(m_tabDéfaites, ArrayCount(m_tabDéfaites))
cmd.Exécute()
m_tabFaites.Add(cmd)

PROCEDURE CHistorique::PeutAnnuler() : boolean
RESULT m_tabFaites.Occurrence > 0

PROCEDURE CHistorique::PeutRétablir() : boolean
RESULT m_tabDéfaites.Occurrence > 0

PROCEDURE CHistorique::Résumé() : string
sRés is string
FOR EACH cmd OF m_tabFaites
	sRés += [", "] + cmd.Libellé()
END
sDéfaites is string
FOR i = m_tabDéfaites.Occurrence TO 1 STEP -1
	sDéfaites += [", "] + m_tabDéfaites[i].Libellé()
END
RESULT sRés + " | ↷ " + sDéfaites
