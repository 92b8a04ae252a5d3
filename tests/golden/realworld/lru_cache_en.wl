// An LRU cache of customer records: an associative array (ignoring case) of dynamic
// objects and a doubly linked list (the most recent first), <get> / <set> properties
// (a smaller capacity evicts), PRIVATE methods, an enumeration returned by a method and
// read by SWITCH (method b, L 6 Dec 2026: passes as written; French twin:
// cache_lru_fr.wl).
CNode is Class
	sKey is string
	vValue is Variant
	pPrev is CNode dynamic
	pNext is CNode dynamic
END
CLRUCache is Class
	PRIVATE
	m_nCapacity is int
	m_aaIndex is associative array (IgnoreCase) of CNode dynamic
	m_pHead is CNode dynamic   // the most recent
	m_pTail is CNode dynamic   // the oldest
	m_nHits is int
	m_nMisses is int
END
EState is Enumeration
	stFound
	stMissing
	stEvicted
END
garrLog is array of strings

cache is CLRUCache(3)
cache.Put("C001", "Dupont")
cache.Put("C002", "Martin")
cache.Put("C003", "Durand")
// C001 becomes the most recent
Trace(cache.Get("c001")) // expect: Dupont
// C004 evicts C002, the least recently read
cache.Put("C004", "Bernard")
Trace(cache.Get("C002")) // expect: 
Trace(cache.Order()) // expect: C004 > C001 > C003
Trace(cache.HitRate) // expect: 50
// a smaller capacity evicts the oldest
cache.Capacity = 2
Trace(cache.Order(), cache.Size) // expect: C004 > C001, 2
Trace(ArrayToString(garrLog, ", ")) // expect: evicted C002, evicted C003
st is EState = cache.State("C004")
SWITCH st
	CASE stFound: Trace("present (" + st..Name + ")") // expect: present (stFound)
	CASE stMissing, stEvicted: Trace("absent")
END
WHEN EXCEPTION IN
	cache.Capacity = 0
DO
	Trace(ExceptionInfo(errMessage)) // expect: The capacity must be at least 1 (got 0)
END

PROCEDURE CLRUCache::Constructor(nCapacity is int)
m_nCapacity = nCapacity

PROCEDURE CLRUCache::Put(sKey is string, vValue)
p is CNode dynamic
IF m_aaIndex[sKey]..Exist THEN
	p = m_aaIndex[sKey]
	p.vValue = vValue
	Unlink(p)
ELSE
	p = new CNode
	p.sKey = Upper(sKey)
	p.vValue = vValue
	m_aaIndex[sKey] = p
END
ToHead(p)
WHILE m_aaIndex.Count > m_nCapacity
	Evict()
END

PROCEDURE CLRUCache::Get(sKey is string)
IF NOT m_aaIndex[sKey]..Exist THEN
	m_nMisses++
	RESULT Null
END
m_nHits++
p is CNode dynamic = m_aaIndex[sKey]
Unlink(p)
ToHead(p)
RESULT p.vValue

PROCEDURE CLRUCache::State(sKey) : EState
IF m_aaIndex[sKey]..Exist THEN RESULT stFound
IF ArraySeek(garrLog, asLinear, "evicted " + Upper(sKey)) > 0 THEN RESULT stEvicted
RESULT stMissing

PROCEDURE PRIVATE CLRUCache::Unlink(p is CNode dynamic)
IF p.pPrev <> Null THEN p.pPrev.pNext = p.pNext ELSE m_pHead = p.pNext
IF p.pNext <> Null THEN p.pNext.pPrev = p.pPrev ELSE m_pTail = p.pPrev
p.pPrev = Null
p.pNext = Null

PROCEDURE PRIVATE CLRUCache::ToHead(p is CNode dynamic)
p.pNext = m_pHead
IF m_pHead <> Null THEN m_pHead.pPrev = p
m_pHead = p
IF m_pTail = Null THEN m_pTail = p

PROCEDURE PRIVATE CLRUCache::Evict()
pOld is CNode dynamic = m_pTail
Unlink(pOld)
ArrayDelete(m_aaIndex, pOld.sKey)
ArrayAdd(garrLog, "evicted " + pOld.sKey)

PROCEDURE CLRUCache::Order()
sRes is string
p is CNode dynamic = m_pHead
WHILE p <> Null
	sRes += [" > "] + p.sKey
	p = p.pNext
END
RESULT sRes

PROCEDURE CLRUCache::HitRate() <get>
IF m_nHits + m_nMisses = 0 THEN RESULT 0
RESULT Round(100 * m_nHits / (m_nHits + m_nMisses), 1)

PROCEDURE CLRUCache::Size() <get>
RESULT m_aaIndex.Count

PROCEDURE CLRUCache::Capacity() <get>
RESULT m_nCapacity

PROCEDURE CLRUCache::Capacity(nValue is int) <set>
IF nValue < 1 THEN ExceptionThrow(10, "The capacity must be at least 1 (got " + nValue + ")")
m_nCapacity = nValue
WHILE m_aaIndex.Count > m_nCapacity
	Evict()
END
