// Lecture d'un flux RSS d'actualités, des deux façons d'un développeur WINDEV : le
// document nommé (XMLDocument, XMLLit d'un chemin, XMLExécuteXPath avec un prédicat,
// XMLTrouve / XMLDonnée / XMLSuivant, XMLAnnuleRecherche, XMLTermine) et le type
// xmlDocument (XMLOuvre depuisChaîne, ..Occurrence, élément indicé, POUR TOUT sur les
// éléments répétés). Jumeau anglais : rss_feed_en.wl.
sFlux est une chaîne = [
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Actualités Société</title>
    <link>https://exemple.fr/</link>
    <item>
      <title>Nouveau tarif 2027</title>
      <pubDate>Mon, 30 Nov 2026 09:15:00 +0100</pubDate>
      <category>Tarifs</category>
    </item>
    <item>
      <title>Fermeture le 25 décembre</title>
      <pubDate>Tue, 01 Dec 2026 14:00:00 +0100</pubDate>
      <category>Agenda</category>
    </item>
    <item>
      <title>Inventaire &amp; clôture</title>
      <pubDate>Fri, 04 Dec 2026 08:00:00 +0100</pubDate>
      <category>Agenda</category>
    </item>
  </channel>
</rss>
]
// 1) par les fonctions XML classiques
SI PAS XMLDocument("RSS", sFlux) ALORS
	Erreur(ErreurInfo(errMessage))
	RETOUR
FIN
Trace(XMLLit("RSS", "/rss/channel/title"))
SI XMLExécuteXPath("RSS", "/rss/channel/item[category='Agenda']/title") ALORS
	TANTQUE XMLTrouve("RSS")
		Trace("Agenda : " + XMLDonnée("RSS"))
		XMLSuivant("RSS")
	FIN
FIN
XMLAnnuleRecherche("RSS")
XMLTermine("RSS")

// 2) par le type xmlDocument
docRSS est un xmlDocument = XMLOuvre(sFlux, depuisChaîne)
nArticles est un entier = docRSS.rss.channel.item..Occurrence
Trace("Articles : " + nArticles)
POUR i = 1 _A_ nArticles
	sDate est une chaîne = docRSS.rss.channel.item[i].pubDate
	Trace(Milieu(sDate, 6, 11) + " - " + docRSS.rss.channel.item[i].title)
FIN
POUR TOUT nItem DE docRSS.rss.channel.item
	SI nItem.category = "Tarifs" ALORS Trace("Tarif : " + nItem.title)
FIN

// ce qu'il affiche
// expect: Actualités Société
// expect: Agenda : Fermeture le 25 décembre
// expect: Agenda : Inventaire & clôture
// expect: Articles : 3
// expect: 30 Nov 2026 - Nouveau tarif 2027
// expect: 01 Dec 2026 - Fermeture le 25 décembre
// expect: 04 Dec 2026 - Inventaire & clôture
// expect: Tarif : Nouveau tarif 2027
