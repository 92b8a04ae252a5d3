// Lire en entier un périphérique (/dev/zero, /dev/urandom : sans fin) ou un tube nommé
// (un écrivain attendu pour toujours) est refusé aussitôt par l'erreur non fatale de la
// fonction, la nature du chemin en clair (stdlib/whole_files.py, décidé FS 6 déc. 2026,
// INFERRED). Avant, fChargeTexte lisait des gigaoctets avant de vérifier la taille, et
// fChargeBuffer et HashFichier ne s'arrêtaient pas. Jumeau anglais
// whole_file_read_device_en.wl.
sTexte est une chaîne = fChargeTexte("/dev/zero")
Trace(ErreurDétectée, Taille(sTexte)) // expect: 1, 0
Trace(ErreurInfo(errMessage)) // expect: fChargeTexte: cannot read '/dev/zero': it is a character device, not a file (read whole, it would wait or never end).
bDonnées est un Buffer = fChargeBuffer("/dev/urandom")
Trace(ErreurDétectée, Taille(bDonnées)) // expect: 1, 0
bEmpreinte est un Buffer = HashFichier(HA_SHA_256, "/dev/zero")
Trace(ErreurDétectée, Taille(bEmpreinte)) // expect: 1, 0
Trace(InfoImage("/dev/zero") = "BAD" + TAB + TAB + TAB) // expect: 1
// un fichier ordinaire à côté se lit comme toujours
sFichier est une chaîne = fRepTemp() + "\wl_entier.txt"
fSauveTexte(sFichier, "ok")
Trace(fChargeTexte(sFichier), Taille(fChargeBuffer(sFichier)), ErreurDétectée) // expect: ok, 2, 0
fSupprime(sFichier)
