// rotation de journal numérotée : app.log -> app.log.1 -> app.log.2 ... ; la plus
// ancienne (app.log.3) est supprimée avant le décalage ; écrit en minuscules sans
// accents, comme certains développeurs le font (_et_, [" \"], chaineconstruit). Méthode b,
// FS 6 déc. 2026 : passe tel qu'écrit. Jumeau anglais numbered_log_rotation_en.wl.
constante
	TAILLE_MAX = 120
	NB_GARDES = 3
fin

grep est une chaine = frepTemp() + ["\"] + "wl_rot_num_" + donneidentifiant()
si pas frepcree(grep) alors
	trace("impossible de creer " + grep)
	retour
fin
gsJournal est une chaine = grep + "\app.log"

pour i = 1 a 12
	ecrisjournal(chaineconstruit("Traitement %1 : %2 lignes importees", i, i * 7))
fin

tabfic est un tableau de chaines
chaineverstableau(flistefichier(grep + "\app.log*"), tabfic, rc)
tableautrie(tabfic, ttCroissant)
pour tout sfic de tabfic
	trace(fextraitchemin(sfic, ffichier + fextension), ftaille(sfic) <= TAILLE_MAX, ...
		extraitchaine(fchargetexte(sfic), 1, rc))
fin
// expect: app.log, 1, Traitement 10 : 70 lignes importees
// expect: app.log.1, 1, Traitement 7 : 49 lignes importees
// expect: app.log.2, 1, Traitement 4 : 28 lignes importees
// expect: app.log.3, 1, Traitement 1 : 7 lignes importees
trace(tableauoccurrence(tabfic)) // expect: 4
frepsupprime(grep, frRecursif)
trace(frepertoireexiste(grep)) // expect: 0

procedure ecrisjournal(local sligne est une chaine)
si ffichierexiste(gsJournal) _et_ ftaille(gsJournal) + taille(sligne) + 2 > TAILLE_MAX alors
	tourne()
fin
fajoutetexte(gsJournal, sligne + rc)

procedure tourne()
// la plus ancienne part
sancien est une chaine = gsJournal + "." + NB_GARDES
si ffichierexiste(sancien) alors fsupprime(sancien)
pour n = NB_GARDES - 1 a 1 pas -1
	si ffichierexiste(gsJournal + "." + n) alors
		frenomme(gsJournal + "." + n, gsJournal + "." + (n + 1))
	fin
fin
frenomme(gsJournal, gsJournal + ".1")
