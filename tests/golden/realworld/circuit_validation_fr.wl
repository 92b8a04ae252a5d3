// Un circuit de validation de documents comme un module d'ERP l'écrit : l'état une
// énumération, les droits d'un utilisateur une combinaison, les transitions contrôlées
// dans un SELON sur l'énumération, chaque étape tracée dans un tableau de structures,
// l'historique exporté en JSON et relu.
EEtat est une Enumération
	BROUILLON = "B"
	SOUMIS = "S"
	VALIDE = "V"
	REFUSE = "R"
FIN
CDroits est une Combinaison
	LECTURE
	ECRITURE
	VALIDATION
FIN
STEtape est une Structure
	sQui est une chaîne
	sDe est une chaîne
	sVers est une chaîne
	dhQuand est une DateHeure
FIN
CDocument est une Classe
	m_sRéf est une chaîne
	m_eEtat est un EEtat = BROUILLON
	m_tabEtapes est un tableau de STEtape
FIN

taDroits est un tableau associatif de CDroits
taDroits["alice"] = LECTURE + ECRITURE
taDroits["bruno"] = LECTURE + ECRITURE + VALIDATION
taDroits["chloé"] = LECTURE

doc est un CDocument
doc.m_sRéf = "BC-2026-0042"
dhHorloge est une DateHeure = "20260302T090000"
Trace(Passe(doc, "alice", SOUMIS, dhHorloge))
Trace(Passe(doc, "chloé", VALIDE, dhHorloge))
Trace(Passe(doc, "alice", VALIDE, dhHorloge))
dhHorloge..Heure += 3
Trace(Passe(doc, "bruno", VALIDE, dhHorloge))
Trace(Passe(doc, "bruno", BROUILLON, dhHorloge))
// expect: BC-2026-0042 : BROUILLON -> SOUMIS par alice
// expect: refusé : chloé ne peut pas valider
// expect: refusé : alice ne peut pas valider
// expect: BC-2026-0042 : SOUMIS -> VALIDE par bruno
// expect: refusé : VALIDE est définitif

sJSON est une chaîne
Sérialise(doc.m_tabEtapes, sJSON, psdJSON)
jHistorique est un JSON = sJSON
POUR TOUT jEtape DE jHistorique
	Trace(jEtape.sQui, jEtape.sVers, Gauche(jEtape.dhQuand, 16))
FIN
Trace(TableauOccurrence(doc.m_tabEtapes), doc.m_eEtat..Nom, doc.m_eEtat..Valeur)
// expect: alice, SOUMIS, 2026-03-02T09:00
// expect: bruno, VALIDE, 2026-03-02T12:00
// expect: 2, VALIDE, V

PROCÉDURE Passe(d est un CDocument, sUtilisateur est une chaîne, eVers est un EEtat, dhQuand est une DateHeure)
dUtilisateur est un CDroits = taDroits[sUtilisateur]
SELON d.m_eEtat
	CAS VALIDE, REFUSE
		RENVOYER "refusé : " + d.m_eEtat..Nom + " est définitif"
	CAS BROUILLON
		SI eVers <> SOUMIS _OU_ PAS dUtilisateur[ECRITURE] ALORS RENVOYER "refusé : " + sUtilisateur + " ne peut pas soumettre"
	CAS SOUMIS
		SI eVers DANS (VALIDE, REFUSE) _ET_ PAS dUtilisateur[VALIDATION] ALORS RENVOYER "refusé : " + sUtilisateur + " ne peut pas valider"
FIN
st est un STEtape
st.sQui = sUtilisateur
st.sDe = d.m_eEtat..Nom
st.sVers = eVers..Nom
st.dhQuand = dhQuand
TableauAjoute(d.m_tabEtapes, st)
sLigne est une chaîne = ChaîneConstruit("%1 : %2 -> %3 par %4", d.m_sRéf, d.m_eEtat..Nom, eVers..Nom, sUtilisateur)
d.m_eEtat = eVers
RENVOYER sLigne
