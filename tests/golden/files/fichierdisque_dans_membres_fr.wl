// Un FichierDisque tenu par un membre de classe, un champ de structure ou un élément de
// tableau a ses méthodes comme une variable FichierDisque (docs/builtins.md "The DiskFile
// type" ; jumeau anglais diskfile_in_members_en.wl) : `o:f.Positionne(0)`,
// `:m_f.Positionne(0)`, `t[1].Positionne(0)` sont fPositionne, pas TableauCherche.
CJournal est une Classe
  m_f est un FichierDisque
  m_sChemin est une chaîne
FIN
STSource est une Structure
  f est un FichierDisque
  sNom est une chaîne
FIN
sRep est une chaîne = fRepTemp() + "/wl_fdmem_" + Hasard(1, 999999999)
fRepCrée(sRep)
o est un CJournal(sRep + "/journal.txt")
Trace(o.Démarre()) // expect: 1
o.Ajoute("première")
o.Ajoute("seconde")
Trace(o.PremièreLigne()) // expect: première
Trace(o:m_f.Positionne(0)) // expect: 0
Trace(o:m_f.LitLigne()) // expect: première
Trace(o:m_f.Taille(), o:m_f.FichierExiste()) // expect: 20, 1
Trace(o:m_f.Ferme()) // expect: 1
Trace(o:m_f.Ferme(), ErreurDétectée) // expect: 0, 1
s est une STSource
Trace(s.f.Ouvre(sRep + "/journal.txt", foLecture)) // expect: 1
Trace(s.f.Cherche("sec")) // expect: 11
Trace(s.f.LitLigne()) // expect: première
// (fCherche laisse la position où elle était)
Trace(s.f.Positionne(11, fpDébut), s.f.LitLigne()) // expect: 11, seconde
Trace(s.f.Ferme()) // expect: 1
t est un tableau de FichierDisque
g est un FichierDisque
TableauAjoute(t, g)
Trace(t[1].Ouvre(sRep + "/journal.txt")) // expect: 1
Trace(t[1].Positionne(11), t[1].LitLigne()) // expect: 11, seconde
Trace(t[1].Taille()) // expect: 20
Trace(t[1].Ferme()) // expect: 1
// un fichier ouvert par fOuvre et affecté : ses méthodes connaissent son chemin
h est un FichierDisque = fOuvre(sRep + "/journal.txt", foLecture)
Trace(h.Taille(), h.ExtraitChemin(fFichier + fExtension)) // expect: 20, journal.txt
Trace(h.Ferme()) // expect: 1
// jamais ouvert : l'erreur nomme la méthode
u est un FichierDisque
Trace(u.Taille(), ErreurInfo()) // expect: -1, Taille: the DiskFile names no file: open or create it with .Open or .Create first.
Trace(u.FichierExiste()) // expect: 0
fRepSupprime(sRep, frRécursif)

PROCÉDURE CJournal::Constructeur(sChemin est une chaîne)
m_sChemin = sChemin

PROCÉDURE CJournal::Démarre()
RENVOYER m_f.Crée(m_sChemin)

PROCÉDURE CJournal::Ajoute(sLigne est une chaîne)
:m_f.ÉcritLigne(sLigne)

PROCÉDURE CJournal::PremièreLigne()
:m_f.Positionne(0)
RENVOYER m_f.LitLigne()
