// A news RSS feed read the two ways a WINDEV developer does: the named document
// (XMLDocument, XMLRead of a path, XMLExecuteXPath with a predicate, XMLFound / XMLData /
// XMLNext, XMLCancelSearch, XMLClose) and the xmlDocument type (XMLOpen fromString,
// ..Occurrence, an indexed element, FOR EACH over the repeated elements). French twin:
// flux_rss_fr.wl.
sFeed is string = [
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Company news</title>
    <link>https://example.com/</link>
    <item>
      <title>New prices for 2027</title>
      <pubDate>Mon, 30 Nov 2026 09:15:00 +0100</pubDate>
      <category>Prices</category>
    </item>
    <item>
      <title>Closed on December 25</title>
      <pubDate>Tue, 01 Dec 2026 14:00:00 +0100</pubDate>
      <category>Calendar</category>
    </item>
    <item>
      <title>Stocktaking &amp; closing</title>
      <pubDate>Fri, 04 Dec 2026 08:00:00 +0100</pubDate>
      <category>Calendar</category>
    </item>
  </channel>
</rss>
]
// 1) with the classic XML functions
IF NOT XMLDocument("RSS", sFeed) THEN
	Error(ErrorInfo(errMessage))
	RETURN
END
Trace(XMLRead("RSS", "/rss/channel/title"))
IF XMLExecuteXPath("RSS", "/rss/channel/item[category='Calendar']/title") THEN
	WHILE XMLFound("RSS")
		Trace("Calendar: " + XMLData("RSS"))
		XMLNext("RSS")
	END
END
XMLCancelSearch("RSS")
XMLClose("RSS")

// 2) with the xmlDocument type
docRSS is xmlDocument = XMLOpen(sFeed, fromString)
nItems is int = docRSS.rss.channel.item..Occurrence
Trace("Items: " + nItems)
FOR i = 1 _TO_ nItems
	sDate is string = docRSS.rss.channel.item[i].pubDate
	Trace(Middle(sDate, 6, 11) + " - " + docRSS.rss.channel.item[i].title)
END
FOR EACH nodItem OF docRSS.rss.channel.item
	IF nodItem.category = "Prices" THEN Trace("Prices: " + nodItem.title)
END

// what it prints
// expect: Company news
// expect: Calendar: Closed on December 25
// expect: Calendar: Stocktaking & closing
// expect: Items: 3
// expect: 30 Nov 2026 - New prices for 2027
// expect: 01 Dec 2026 - Closed on December 25
// expect: 04 Dec 2026 - Stocktaking & closing
// expect: Prices: New prices for 2027
