"""Strike locations versus other places, clause by clause (traps from real reporting)."""

from datetime import date

import pytest

from helpers import analyse, strike_places
from strikemap.claims import attribute, casualties
from strikemap.dates import sentence_date
from strikemap.model import DateInfo
from strikemap.normalize import fold

TRAPS = [
    # text, strike places (gazetteer names), places that must not be strikes
    ("Clashes continued near Morek, while warplanes raided Kafr Zita.", {"Kafr Zaytā"}, {"Mūrak", "Morek"}),
    ("Russian jets flying from the Hmeimim base struck Saraqeb on Monday.", {"Saraqib"}, set()),
    ("Warplanes bombed Qaryatayn as government troops were advancing on Tadmur.", {"Al Qaryatayn"}, {"Tadmur"}),
    ("Air strikes hit Manbij, and thousands were fleeing towards Hasakah.", {"Manbij"}, {"Al Ḩasakah", "Al Hasakah"}),
    ("Jets taking off from the Shayrat airbase near Homs bombed Talbiseh.", {"Tallbīsah"}, {"Homs", "Shayrat Air Base"}),
    ("Russia said it would strike around Raqqa if the truce failed.", set(), {"Ar Raqqah"}),
    ("Barrel bombs fell on Daraya while a delegation met in Damascus.", {"Dārayyā"}, {"Damascus"}),
    ("Moscow said its jets struck 40 targets in Idlib province.", {"Idlib Governorate"}, {"Moscow"}),
    ("The Britain-based Syrian Observatory said raids killed 12 people in Douma.", {"Dūmā"}, {"United Kingdom"}),
    ("Talks in Vienna stalled as jets pounded Jisr al-Shughour.", {"Jisr ash Shughūr"}, set()),
    ("Artillery shelled Khan Sheikhoun and clashes raged in Latamneh.", set(), {"Khan Shaykhun"}),
    ("Warplanes raided Maarat al-Numan, Saraqeb and Ariha.", {"Ma‘arrat an Nu‘mān", "Saraqib", "Arīḩā"}, set()),
    ("Elsewhere in Homs province, the Observatory said strikes on Al-Qaryatain killed 10.", {"Al Qaryatayn"}, {"Homs (Hims)"}),
    ("A U.S. jet flew over south central Syria in a safety test.", set(), set()),
    ("25 warplanes raids on Sheikh Miskeen in conjunction with clashes in the city of Daraa", {"Shaykh Miskīn"}, {"Daraa", "Dar‘ā"}),
    ("Barrel bombs target Daraya", {"Dārayyā"}, set()),
    ("Casualties in the raids on Hreitan", {"Ḩuraytān"}, set()),
    # the ground word is part of a named air attack
    ("Aerial and rocket shelling killed five people in Douma.", {"Dūmā"}, set()),
    # "the city" points back to a place the clause passed over as clashes
    ("Fierce clashes raged in Talbiseh and renewed air strikes targeted the city.", {"Tallbīsah"}, set()),
    ("Jets flying from Hmeimim bombed the area.", set(), set()),
    ("Regime forces advance north of Aleppo and airstrikes target the eastern neighborhoods of the city.",
     {"Aleppo"}, set()),
    # what was hit, then where it was
    ("Jets hit a convoy in Saraqeb.", {"Saraqib"}, set()),
    ("A drone strike targeted a meeting of commanders on the outskirts of Saraqeb.", {"Saraqib"}, set()),
    ("Jets hit a convoy heading to Saraqeb.", set(), {"Saraqib"}),
    ("The air force struck rebel positions and a convoy on the edges of Saraqib.", {"Saraqib"}, set()),
    ("Jets hit positions and a convoy heading to Saraqeb.", set(), {"Saraqib"}),
    ("Turkey called for an end to the bombing at a meeting with Russian officials in Ankara.", set(), {"Ankara"}),
    # "bombard" needs aircraft around it: artillery bombards too
    ("Warplanes bombard areas in the northern countryside of Hama.", {"Hamah"}, set()),
    ("The artillery continued to bombard Aleppo.", set(), {"Aleppo"}),
    # the place after a chain of filler ("the eastern neighborhoods of the city of")
    ("At least 26 died in air strikes on the eastern neighborhoods of the city of Aleppo.", {"Aleppo"}, set()),
    # the possessive holds the place, the place does not locate it
    ("Turkish warplanes struck 15 targets in Syria's al-Bab area.", {"Al Bab"}, set()),
    ("Jets struck villages near Talbiseh, Homs province.", {"Tallbīsah"}, {"Homs Governorate"}),
    # a neighbourhood lies in its city: the city only locates it, or stands for it when the
    # gazetteer has no row for the neighbourhood there ("Al-Marjeh" matches a town 50 km off)
    ("Jets bombed the Sheikh Maqsoud district of Aleppo.", {"Sheikh Maqsood"}, {"Aleppo"}),
    ("A warplane struck the Al-Marjeh neighborhood of Aleppo city.", {"Aleppo"}, {"Māri‘"}),
    ("Jets pounded the Jisr al-Shughur district of Idlib.", {"Jisr ash Shughūr"}, set()),
    # in an article about Syria, a place abroad is named by its own name (GeoNames lists
    # "Killi" for Kiel and "Marde" for Mardin); Mosul and Baghdad by any exact name
    ("Jets struck Idlib and Killi, then Hama and Maarda.", {"Idlib", "Hamah"}, {"Kiel", "Mardin"}),
    ("Russian jets struck Killi.", set(), {"Kiel"}),
    ("Jets struck Aleppo; Turkish jets hit Mosul and Bagdad.", {"Aleppo", "Mosul", "Baghdad"}, set()),
    # a village abroad, even by its own name, only when its country is named: Al Qasr is in Jordan
    ("Helicopters dropped barrel bombs on Aleppo and al-Qasr.", {"Aleppo"}, {"Al Qaşr"}),
    ("Jordanian jets struck smugglers near al-Qasr in Jordan.", {"Al Qaşr"}, set()),
    # any name of a row abroad, when the article names its country: GeoNames' own names are
    # "Bent Jbaïl" and "Tall 'Afar"
    ("An Israeli drone struck a car on the edge of Bint Jbeil in southern Lebanon.", {"Bent Jbaïl"}, set()),
    ("An Israeli drone struck a car on the edge of Bint Jbeil.", set(), {"Bent Jbaïl"}),
    ("Coalition jets in Iraq struck near Tel Afar.", {"Tall ‘Afar"}, set()),
    # or when two of them lie close together in one country (a report on the Bekaa that never says "Lebanon")
    ("Israeli jets struck Baalbak overnight. Raids were also reported on Breital.", {"Baalbek", "Brîtel"}, set()),
    ("Israeli jets struck Baalbak overnight. Raids were also reported on Aleppo.", {"Aleppo"}, {"Baalbek"}),
    # and then the article's other names there may be matched loosely, near them
    ("Israeli jets struck Baalbak and Breital overnight. Further north, raids on al-Hirmel killed four.",
     {"Baalbek", "Brîtel", "El Hermel"}, set()),
    ("Further north, raids on al-Hirmel killed four.", set(), {"El Hermel"}),
    # a bare air attack and clashes share the place named after both
    ("Renewed Russian air strikes and fierce clashes in Talbiseh", {"Tallbīsah"}, set()),
    ("Raids on Douma and violent clashes in Harasta", {"Dūmā"}, {"Ḩarastā"}),
    # ground words joined to air words share their target only when the air words have none
    ("Helicopters drop barrel bombs on Douma, grad rockets on Harasta", {"Dūmā"}, {"Ḩarastā"}),
    ("Raids and shelling on Harasta killed three.", {"Ḩarastā"}, set()),
    # shelling with a ground agent of its own is not done by the jets of the clause
    ("Jets struck Saraqeb, where Turkish artillery has been shelling fighters around Taftanaz.",
     {"Saraqib"}, {"Taftanāz"}),
    # a facility is no organisation, even with "International" in its name
    ("Israeli jets struck a weapons depot at Damascus International Airport.", {"Damascus International Airport"},
     set()),
    # strikes that stopped are no strikes
    ("Air strikes stopped in Aleppo after the ceasefire took effect.", set(), {"Aleppo"}),
    ("Air strikes have been suspended in Idlib.", set(), {"Idlib"}),
    # a list whose items say what kind of place each is
    ("Su-22 warplanes launched raids on the town of Kansafrah and the village of Ibleen.", {"Kansafra", "Iblin"}, set()),
    # a list item may carry a short description; one with a clause of its own ends the list
    ("Air raids also targeted Kafr Hamra, a rebel rear base on the road north, and the town of Anadan.",
     {"Kafr Hamra", "Anadan"}, set()),
    ("Jets struck Kafr Hamra, a town where rebels clashed with troops, and Anadan.", {"Kafr Hamra"}, {"Anadan"}),
    # combat missions and sorties over a place are flown against it; reconnaissance and routes are not
    ("Russian jets flew 20 sorties over Idlib province.", {"Idlib Governorate"}, set()),
    ("Jets flew from Hmeimim and carried out sorties over Latakia.", {"Latakia"}, {"Hmeimim Air Base"}),
    ("Reconnaissance flights over Aleppo province by drones identified new depots.", set(), {"Aleppo Governorate"}),
    # a purpose is not what was done
    ("We invite our partners to share information through the joint centre in Baghdad, so that our strikes "
     "can be directed only at terrorists.", set(), {"Baghdad"}),
    # the place names a facility that was hit
    ("The Kafrnabel Surgical Hospital, which served about 150,000 people, was put out of service by a series "
     "of raids that our researchers attribute to Russian aircraft.", {"Kafranbel"}, set()),
    # a quarter of a town is the town; barrels dropped over a town fall on it; flying over it is a route
    ("A government warplane dropped two bombs on a residential quarter of the rebel-held town of Azaz.", {"I‘zāz"}, set()),
    ("They are dropping barrels over Talbisa.", {"Tallbīsah"}, set()),
    ("Helicopters flew over Talbisa.", set(), {"Tallbīsah"}),
    # where the speaker is based is no target; barrels that fell on a place hit it
    ("The NGO, which has its headquarters in London, said helicopters dropped barrels on the town of Jasim.",
     {"Jāsim"}, {"London"}),
    ("Two barrels fell on the western farms of Nawa.", {"Nawá"}, set()),
    # levelled, razed or flattened by missiles
    ("Air strikes and missiles hit three targets. The research centre in Barzeh was flattened.", {"Barzeh"}, set()),
    # bombs that come by road are no air strike
    ("Inside Raqqa, the SDF said an IS suicide car bomb had killed three fighters near the Baghdad Gate.",
     set(), {"Ar Raqqah", "Baghdad"}),
    ("A roadside bomb killed two soldiers near Daraa.", set(), {"Dar‘ā"}),
    ("Jets dropped bombs on Raqqa.", {"Ar Raqqah"}, set()),
    # beside a place is near it
    ("IDF jets struck an observation post adjacent to the village of Hadar.", {"Hader"}, set()),
    # tanks fire from the ground; an aircraft after ", and" has a clause of its own, and a closed
    # relative clause describes its target
    ("IDF tanks fired at posts near Khan Arnabeh, and an IDF aircraft struck the launchers from which "
     "the rockets were fired, located near Quneitra.", {"Al Qunayţirah"}, {"Khān Arnabah"}),
    # the Russian defence ministry's briefings: the place first, then what was hit
    ("In the area of the settlement of Jisr-ash-Shugur, Idlib province, a Su-24M struck a command post.",
     {"Jisr ash Shughūr"}, {"Idlib Governorate"}),
    ("Three kilometres north of the settlement of Salma, Latakia province, a militant base was eliminated by Su-25 aircraft.",
     {"Salma"}, {"Latakia Governorate"}),
    # a generic head is not the place ("Al-Kafr" is a village in Suwayda)
    ("Jets struck a depot 3 kilometres north-east of the settlement of Kafr Amim.", set(), {"Al-Kafr"}),
    # an embassy the strike hit is no venue
    ("An air strike destroyed the consular building next to Iran's embassy in the Mazzeh district of Damascus.",
     {"Mezzeh"}, {"Damascus", "Iran"}),
    # a family is no origin; a place is
    ("Warplanes killed three children from one family in Saraqeb.", {"Saraqib"}, set()),
    ("Warplanes flying from Hmeimim struck Saraqeb.", {"Saraqib"}, {"Hmeimim Air Base", "Khmeimim Air Base"}),
    # a name the gazetteer lacks is not cut into smaller names it has ("Khan" is a hamlet in Homs)
    ("Barrel bombs fell on Khan al-Sabil and Khan al Sabil.", set(), {"Khirbat Tīn Nūr"}),
    # where a statement was made is no target
    ("Russia's defence ministry said in Moscow that jets struck Khan Shaykhoun.", {"Khān Shaykhūn"}, {"Moscow"}),
    ("Iran's foreign ministry in Tehran condemned the air strikes on Douma.", {"Dūmā"}, {"Tehran"}),
    ("The coalition, in Baghdad, said its jets struck Raqqa.", {"Ar Raqqah"}, {"Baghdad"}),
    ("Our jets struck only terrorist positions near Tal Tamr, it said in a statement released in Ankara.",
     {"Tall Tamr"}, {"Ankara"}),
    # nor is a place in the source of a report
    ("According to the Turkish Defence Ministry in Ankara, an air strike hit a convoy near Saraqeb.",
     {"Saraqib"}, {"Ankara"}),
    ("Jets struck Douma, according to activists in Idlib.", {"Dūmā"}, {"Idlib"}),
    # a place that stands alone as a field or a heading labels the strike after it, unless that names its own
    ("10/10 — 06:40 — Restan — two air strikes on the street behind the Grand Mosque — 3 killed, 9 injured",
     {"Ar Rastan"}, set()),
    ("Douma — jets hit the market, killing 12.", {"Dūmā"}, set()),
    ("• in the vicinity of Palmyra — 6 strikes against Daesh armoured vehicles and artillery.", {"Tadmur"}, set()),
    ("Incident 2 — 5 May 2019, c. 14:10. Kafr Nobol. The surgical hospital was struck by bombs from an aircraft.",
     {"Kafranbel"}, set()),
    ("Kafr Nobol.\n\nThe surgical hospital was struck by bombs from an aircraft.", set(), {"Kafranbel"}),
    ("HAMA — Kafr Nboudeh: 2 killed in air strikes in the morning.", {"Kafr Nabudah"}, {"Ḩamāh"}),
    ("HAMA — Kafr Zumzumiyeh: 2 killed in air strikes.", set(), {"Ḩamāh"}),
    ("11/10 — Tolbiseh — artillery shelling from army positions — 4 injured", set(), {"Tallbīsah"}),
    # a helicopter the bombs fell from is no origin
    ("Two barrel bombs from a helicopter fell on the northern outskirts of Taldou.", {"Talldaww"}, set()),
    ("Helicopters from Hama airport dropped barrel bombs on Taldou.", {"Talldaww"}, {"Hama Air Base", "Ḩamāh"}),
    # an agent after "by" is no target
    ("The group, considered by Washington to be plotting attacks, lost 6 men to air strikes in Sarmada.",
     {"Sarmada"}, {"Washington"}),
    # a heading locates the places its clause names; alone, it is the place struck
    ("AFRIN: Turkish warplanes struck Jindires, killing five.", {"Jindayris"}, {"‘Afrīn"}),
    ("Douma: jets hit the market, killing 12.", {"Dūmā"}, set()),
    # a modal makes a strike hypothetical only when it governs the attack
    ("Jets struck around Tel Abyad, where explosions could be seen from the border.", {"Tall Abyaḑ"}, set()),
    ("The strikes on Saraqeb, which could amount to war crimes, killed 12.", {"Saraqib"}, set()),
    ("Russia warned that its jets could strike Idlib.", set(), {"Idlib"}),
    # an observed absence of strikes is no claim
    ("The monitor said it recorded no air raids by Russian warplanes in the Idlib region.", set(),
     {"Idlib Governorate"}),
    # an aside that locates the place before it, when both lie in one governorate
    ("Air strikes hit the market of Al-Atareb, a town in the western Aleppo countryside.", {"Al Atārib"}, {"Aleppo"}),
    ("Jets struck 25 km east of al-Sukhneh, in the eastern countryside of Homs.", {"As Sukhnah"}, {"Homs"}),
    # a ground force as the subject: its attacks are no strikes, even in an article about an air campaign
    ("Air strikes hit Saraqeb. Air strikes hit Binnish. Rebels said they had repelled an attack on Taftanaz.",
     {"Saraqib", "Binnish"}, {"Taftanāz"}),
    ("Russian air strikes and bombing went on. Moscow says it used information from opposition fighters to launch attacks "
     "near Palmyra.", {"Tadmur"}, set()),
    # one strike word and the article's references back to it make an air campaign
    ("Three air strikes hit the market of Atarib. This attack came days after a strike damaged a hospital in "
     "Kafr Takhareem. No one was killed in that attack.", {"Al Atārib", "Kafr Takhārīm"}, set()),
    # a place the text sets near another is not a namesake abroad; then the strike is where the text puts it
    ("The air strike hit a compound in Aqraba, south-east of Damascus.", {"Damascus"}, {"‘Aqrabā"}),
    # a plural after a list makes every item one: provinces, regions
    ("The missiles hit targets in Raqqa and Idlib provinces.", {"Ar-Raqqah Governorate", "Idlib Governorate"},
     {"Ar Raqqah", "Idlib"}),
    ("In the air operations, 19 targets were destroyed in the Raju, Cinderes and Afrin regions.",
     {"Rājū", "Jindayris", "‘Afrīn"}, set()),
    # a nationality or a compass word before "town of" is filler
    ("Air strikes on a crowded market in the northwestern Syrian town of Maaret al-Numan killed 31.",
     {"Ma‘arrat an Nu‘mān"}, set()),
    # an unnamed camp is no place of its own; a named base the gazetteer lacks is near its town
    ("Russian aircraft bombed a displacement camp near Sarmada.", {"Sarmada"}, set()),
    ("Warplanes bombed the Hamdan airbase near Abu Kamal.", {"Ālbū Kamāl"}, set()),
    # "the Idlib town of Saraqib": the first place only describes the second
    ("Jets hit Binnish and the Idlib town of Saraqib.", {"Binnish", "Saraqib"}, {"Idlib"}),
    ("Jets hit the rebel-held Damascus suburb of Douma on Monday.", {"Dūmā"}, {"Damascus"}),
    # a base named by a letter and a number
    ("Warplanes bombed the T4 airbase near Palmyra.", {"Tiyas Air Base"}, {"Tadmur"}),
    ("Israeli jets struck the T-4 base in Homs province.", {"Tiyas Air Base"}, {"Homs Governorate"}),
    ("F-16 and Su-24 jets hit Idlib under S-300 cover.", {"Idlib"}, set()),
    ("Jets hit the Hmeimim air base near Jableh.", {"Khmeimim Air Base"}, {"Jablah"}),
    ("In the event of continued attacks on Hmeimim air base, Russia will respond with strikes.", set(),
     {"Khmeimim Air Base"}),
    ("Barrel bombs fell on Khan al-Shih.", {"Khan al-Shih"}, {"Khirbat Tīn Nūr"}),
    # an airport named through another name of its town, or with an air word the gazetteer does not spell
    ("Israeli missiles struck Dimashq International Airport on Sunday.", {"Damascus International Airport"},
     {"Damascus"}),
    ("Missiles hit the Damascus international airport.", {"Damascus International Airport"}, {"Damascus"}),
    ("Jets hit the Kuweires military airbase and Halab airport.",
     {"Rasm Al-Abboud Air Base", "Aleppo International Airport"}, {"Aleppo"}),
    ("Warplanes struck Tadmur military airport.", {"Palmyra Airport"}, {"Tadmur"}),
    ("Jets struck Kafr Nabl airport.", {"Kafranbel"}, set()),
    # "X, near Y": Y says where X lies; after a country or another "near", Y is a target of its own
    ("Jets struck Kafrouma, near Maarat al-Numan, killing six.", {"Kafr Rumah"}, {"Ma‘arrat an Nu‘mān"}),
    ("US jets struck two depots in Syria, near Abu Kamal.", {"Ālbū Kamāl"}, set()),
    ("The strikes hit refineries near Al Mayadin, near Al Hasakah and near Abu Kamal.",
     {"Al Mayādīn", "Al Ḩasakah", "Ālbū Kamāl"}, set()),
    # "told reporters in Moscow that ...": where a statement was made
    ("The minister told reporters in Moscow that jets struck Idlib.", {"Idlib"}, {"Moscow"}),
    ("A spokesman told our correspondent in Ankara that drones hit Tal Rifaat.", {"Tall Rif‘at"}, {"Ankara"}),
    # the place cell of a table row whose other cells tell of a strike
    ("NE-01 | Hassakeh city, al-Nashwa quarter | air strikes, at least six raids | government aircraft | 4 killed",
     {"Al Ḩasakah"}, set()),
    # the place field of a spreadsheet record pasted as text; "SyAAF" is an acronym, no place
    ("QET-0714,2015-07-09,Bloudane,Rif Dimashq,air strike,SyAAF jet,,\"hotel strip; no casualty figure yet\"",
     {"Bloudan"}, {"Al-Shaafah", "Rif Dimashq Governorate"}),
    ("QET-0713,2015-07-06,3 km W of Madaya,Rif Dimashq,air strike,SyAAF jet,2,\"car hit on mountain road\"",
     {"Maḑāyā"}, set()),
    ("QET-0716,2015-07-14,Flita,Rif Dimashq,ground clashes,Hezbollah,,\"no air activity recorded\"", set(), set()),
    # an attack stopped in the air that did nothing is no strike; one that hit all the same is
    ("The drone attack on Al-Tanf was a one-way drone shot down short of the garrison, no damage.", set(), {"Al-Tanf"}),
    ("Air defences intercepted most of the missiles fired at Masyaf, but one hit a depot.", {"Maşyāf"}, set()),
    ("A missile aggression targeted a military point near al-Kiswah, and our air defences intercepted the missiles.",
     {"Al Kiswah"}, set()),
    ("Jets bombed Saraqib, where rebels shot down a helicopter last year, killing two.", {"Saraqib"}, set()),
    ("It said it launched an explosive drone at a base near Safed; the army says that drone was intercepted and "
     "caused no damage.", set(), {"Safed"}),
    # a strike, a hit or a bombardment of sport, markets or weather
    ("Substitute winger Firas striking from 25 yards sent the home crowd in Jableh into raptures.", set(), {"Jablah"}),
    ("Al-Ittihad beat Al-Hurriya in the Aleppo derby. The visitors had bombarded the home goal in Aleppo for most of "
     "the second half.", set(), {"Aleppo"}),
    ("Borsa Istanbul hit by selloff as strikes on shipping push oil prices up.", set(), {"Istanbul"}),
    ("The quake struck Jindires at dawn. A second tremor hit Afrin an hour later.", set(), {"Jindayris", "‘Afrīn"}),
    ("The earthquake struck Jindires, where air strikes had hit the market a year before.", {"Jindayris"}, set()),
    # where the speaker is based or registered
    ("Russian Defence Ministry in Moscow: Russian aircraft did not carry out any strikes in the Belyun area.",
     {"Balyun"}, {"Moscow"}),
    ("Supplies aviation fuel through companies registered in Latakia, supporting the air attacks on Sarmin.",
     {"Sarmīn"}, {"Latakia"}),
    ("In the early hours, missiles struck the runways and parts of the terminal apron at Damascus Intl.",
     {"Damascus International Airport"}, {"Damascus"}),
    # a sentence that opens on a preposition and a name only a looser tier finds
    ("In Dzhisr-esh-Shugur, a Su-24M struck a workshop used by the militants.", {"Jisr ash Shughūr"}, set()),
    ("In Aqerbat, eight civilians were killed when a raid struck a house in the western quarter.", {"‘Uqayribāt"},
     set()),
    ("An Israeli drone hit a motorbike in the middle of Srifa in southern Lebanon.", {"Srîfa"}, set()),
    # where a reporter is, telling of a strike elsewhere; a reporter struck is struck where he is
    ("Our correspondent in Gaziantep reports Turkish aircraft struck a hilltop position 4 km east of Mabatli.",
     {"Al Ma‘baţlī"}, {"Gaziantep"}),
    ("An air strike killed a journalist in Saraqib, activists said.", {"Saraqib"}, set()),
    # the people of a place telling where bombs fell on their own town or camp
    ("Residents of the Handarat refugee camp said bombs from a helicopter fell near its northern edge.",
     {"Ein el-Tal camp"}, set()),
    ("Residents of Idlib said bombs from a helicopter fell near the border last year.", set(), {"Idlib"}),
    # a list after shelling is no list of targets struck from the air
    ("Jets struck Sarmada. Following artillery shelling and rocket fire on towns near the front, classes are "
     "suspended in the following schools:\n- All schools in Al-Atarib;\n- The schools of Kafr Halab.", {"Sarmada"},
     {"Al Atārib", "Kafr Halab"}),
    # a strike of workers
    ("Jets struck Sarmada. Teachers in Azaz have been on strike since January over unpaid salaries, and the news "
     "has hit families hard.", {"Sarmada"}, {"I‘zāz"}),
    # ground fighters under an item's label; aircraft that flew over without striking
    ("Jets struck Sarmada. 2. Western countryside: Local fighters attacked and overran checkpoints in Tafas and Jasim.",
     {"Sarmada"}, {"Ţafas", "Jāsim"}),
    ("Jets struck Sarmada. Russian aircraft flew low over Tafas and the western countryside, without striking.",
     {"Sarmada"}, {"Ţafas"}),
    ("Helicopters circled all night. Two barrels on Jarjnaz in the early morning.", {"Jarjanaz"}, set()),
    ("A drone struck a car in the main street of Maar Shamsheh.", {"Maar Shamshah"}, set()),
    ("And then the villages of the Ghab were pounded by warplanes for about two weeks.", {"Al-Ghab Plain"}, set()),
    # a headline's region around the strike the article places inside it; a headline's area stays
    ("Drone strike kills two in Golan\n\nAn Israeli drone fired a missile at a car near the town of Khan Arnabeh "
     "in Quneitra province, killing two men.", {"Khān Arnabah"}, {"Golan Heights"}),
    ("Warplanes Target Villages of Jabal al-Zawiya\n\nJets struck Kansafra and Iblin on Monday.",
     {"Jabal al-Zawiya", "Kansafra", "Iblin"}, set()),
    # a port or terminal named by its city, struck
    ("Jets struck Sarmada. The storage yard of the Lattakiya container terminal was struck by missiles overnight.",
     {"Sarmada", "Latakia"}, set()),
    # a dockworkers' strike; a truck bomb; an attack said to have involved no aircraft
    ("Missiles struck Sarmada. The dockworkers' strike at Piraeus, which hit feeder schedules, has ended.",
     {"Sarmada"}, {"Piraeus"}),
    ("Jets struck Sarmada. In July a truck bomb struck a crowded commercial area of Qamishli, killing dozens.",
     {"Sarmada"}, {"Al Qāmishlī"}),
    ("Jets struck Sarmada. Officials in Damascus subsequently stated that the aircraft had targeted terrorist "
     "positions only.", {"Sarmada"}, {"Damascus"}),
    ("Coalition aircraft struck an ISIS vehicle-borne improvised explosive device factory in As Susah.", {"As Sūsah"},
     set()),
    # a strike wished undone is none
    ("The protest movement in Swaida, which demonstrates in Swaida city and in Shahba, called on Amman to coordinate "
     "with local leaders \"instead of bombing homes\".", set(), {"As-Suwayda", "Shahbā", "Amman"}),
    # a thread's numbered sites label the strike sentence after them
    ("3/ Site A - Al-Bukamal. The IRGC-linked compound next to the customs building was flattened by air strikes.",
     {"Ālbū Kamāl"}, set()),
    ("7/ Site E (Iraq) - Al-Qaim. PMF brigade headquarters and a logistics hub hit by US aircraft.", {"Al Qā’im"}, set()),
    # an item that opens with its place, its number, its time and a locator
    ("1. al-Rastan, 09:40 - Two air raids by fixed-wing aircraft on the western neighbourhood.", {"Ar Rastan"}, set()),
    ("4. Tir Maalah, 12:30 - A warplane fired two missiles into the village centre.", {"Teir Maalah"}, set()),
    ("5. Taldou, in the Houla plain, 13:10 - Three raids in succession.", {"Talldaww"}, set()),
    ("- Kfarbatna: Russian warplanes with cluster bombs, 6 martyrs.", {"Kafr Baţnā"}, set()),
    # "the southern entrance of X", "the eastern approaches of X", "the edges of X"
    ("Strikes now near the southern entrance of Menbej, big black smoke.", {"Manbij"}, set()),
    ("Earlier, the air force struck rebel positions on the edges of Saraqib.", {"Saraqib"}, set()),
    # "the northern and western districts of X"
    ("Strikes were delivered on strongpoints and armoured vehicles of the terrorists in the northern and western "
     "districts of Tadmor.", {"Tadmur"}, set()),
    ("In Moscow, the defence ministry said its aircraft had flown 88 sorties in the past 24 hours.", set(), {"Moscow"}),
    ("In Idlib, rescuers said their teams found 12 bodies after jets hit the market.", {"Idlib"}, set()),
    # "Daraa's al-Balad neighbourhood", which the gazetteer lacks, lies in Daraa
    ("Russian jets targeted Daraa's al-Balad neighbourhood overnight, activists said.", {"Dar‘ā"}, set()),
    # regions: the Golan Heights, the Beqaa Valley (its country named), the Qandil Mountains;
    # "after rockets were fired" is another event than the strike
    ("Israeli jets struck Syrian army positions in the Golan Heights after rockets were fired "
     "at Israel.", {"Golan Heights"}, set()),
    ("Israeli jets struck Hezbollah targets in Lebanon's Bekaa valley.", {"Beqaa Valley"}, set()),
    ("Turkish jets hit PKK targets in northern Iraq's Qandil mountains.", {"Qandil Mountains"}, set()),
    # "X airport west of Y", "X 10 km south of Y" with no comma: Y only says where X lies
    ("Israeli missiles targeted the Mezzeh military airport west of Damascus.", {"Mezzeh Airport"}, {"Damascus"}),
    ("Jets struck Kafr Nabl 10 km south of Idlib.", {"Kafranbel"}, {"Idlib"}),
    ("Jets struck positions 10 km south of Idlib.", {"Idlib"}, set()),
    # a passive strike verb after a long aside, or in quotation marks
    ("The paper reports that aircraft struck Mashara on Wednesday, and that Tal al-Harrah, the strategic hill "
     "overlooking the plain, was \"pounded from the air for two days\" before fighters withdrew.",
     {"Mas'hara", "Tell al-Hara"}, set()),
    ("Air strikes and more air strikes. Further west, Kfar Nabl, the town that became famous for its hand-painted "
     "protest banners, was hit again this afternoon.", {"Kafranbel"}, set()),
    # the people of a place speak of their own town; "fled" is no strike there
    ("Air strikes and more air strikes. Villagers in Heish say their mosque was flattened.", {"Ḩīsh"}, set()),
    ("Air strikes and more air strikes. Residents of Maarat al-Numan fled north after days of bombardment.",
     set(), {"Ma‘arrat an Nu‘mān"}),
    # "the Old City walls of Rakka" are in Raqqa; "the old Damascus road" is a road
    ("Coalition aircraft struck targets inside the Old City walls of Rakka.", {"Ar Raqqah"}, {"Old City"}),
    ("Saida, a small town some 10 km east of Dera'a city on the old Damascus road, was struck with barrel bombs.",
     {"Saida"}, {"Damascus"}),
    ("Coalition aircraft struck Islamic State positions in the Old City of Mosul overnight.", {"Mosul"}, {"Old City"}),
    # where the authorities sit, and whom a raid was coordinated with, are not targets
    ("For the record, the authorities in Damascus have submitted in writing that no aircraft struck Moadamiyeh.",
     {"Muadamiyat al-Sham"}, {"Damascus"}),
    ("Iraqi F-16s struck an IS headquarters near Boukamal, the command said, adding that the raid had been "
     "coordinated with Damascus.", {"Ālbū Kamāl"}, {"Damascus"}),
    # a label located after a comma
    ("Air strikes and more air strikes.\n\n• Taldo, in the Houla plain — strike on a bakery on 20 May, 4 dead.",
     {"Talldaww"}, set()),
    # the Arabic chat alphabet; ordinals, times and aircraft types stay words
    ("Regime jets struck 3azaz and Tal Ref3at on the 5th, the 2nd time since 9am.", {"I‘zāz", "Tall Rif‘at"}, set()),
    ("F-16 and Su-24 jets and a MiG-29 hit Idlib; the G7 summit condemned it.", {"Idlib"}, set()),
    # a capital named by its country; a person's name with "bin" is no place; "the targets included"
    ("Israeli jets hit Iranian weapons depots south of the Syrian capital.", {"Damascus"}, set()),
    ("Jets struck the Omar bin al-Khattab mosque inside Hajin town on Nov. 16.", {"Hajīn"}, {"Khitab"}),
    ("Air strikes and more air strikes. According to the Israeli military, the targets included warehouses "
     "at Damascus airport.", {"Damascus International Airport"}, set()),
    # what the session-10 review found each new rule must leave alone
    ("Regime warplanes struck Qasr ibn Wardan.", {"Qasr Ibn Wardan"}, set()),
    ("Moscow, which has carried out air strikes in Syria since September 2015, was hit by new US sanctions.",
     set(), {"Moscow"}),
    ("Air strikes and more air strikes. Thousands of refugees have reached Gaziantep, where aid groups are treating "
     "victims of Russian air strikes.", set(), {"Gaziantep"}),
    ("People in Idlib say they are terrified of Russian air strikes.", set(), {"Idlib"}),
    ("Witnesses told of raids in Saraqib that killed nine.", {"Saraqib"}, set()),
    ("Coalition air strikes targeted the Islamic State leadership in Raqqa.", {"Ar Raqqah"}, set()),
    ("Activists warned that more than 20 civilians were killed in Russian air strikes on Maarat al-Numan.",
     {"Ma‘arrat an Nu‘mān"}, set()),
    ("Twelve people were killed in Ariha after the air strikes were launched.", {"Arīḩā"}, set()),
    ("Helicopters dropped barrel bombs on Kafr Nabl and village of Kafrouma.", {"Kafranbel", "Kafr Rumah"}, set()),
    ("Israeli jets hit the Syrian capital, Damascus.", {"Damascus"}, set()),
    ("Air strikes hit the Aleppo railway station.", {"Aleppo"}, set()),
    ("In Moscow, Russia's defence ministry said its aircraft had struck 40 targets in Idlib.", {"Idlib"}, {"Moscow"}),
    ("The jets struck Kisweh at 7am on the 3rd.", {"Al Kiswah"}, set()),
    ("The hilltop village of Kinsabba, which overlooks the government-held plain below, was hit twice by jets.",
     {"Kinnsibbā"}, set()),
    # "on the hill of X", "the slopes of X" stand between a strike and its place
    ("Su-24M and Su-34 aircraft also struck firing positions on the hill of the Qalat Ibn Maan castle.",
     {"Palmyra Castle"}, set()),
    # a venue named before "Pentagon officials" or a ministry that "described" a report
    ("In Washington, Pentagon officials said US jets struck a depot near Abu Kamal.", {"Ālbū Kamāl"}, {"Washington"}),
    ("In Moscow, the defence ministry described as \"groundless\" the accusations that Russian aircraft had bombed "
     "the Ghouta.", {"Ghouta"}, {"Moscow"}),
    # "X, in the hills north-east of Y": Y locates X
    ("An air strike hit his car on the road just outside Kabbaneh, in the hills north-east of Latakia.",
     {"Kabani"}, {"Latakia"}),
    ("Jets struck targets in the hills north-east of Latakia.", {"Latakia"}, set()),
    # "not in X as we reported"; a city that opens the sentence and holds the district struck
    ("Turkish warplanes carried out that strike about 10 kilometres west of Darbasiye, not in Amuda as we reported.",
     {"Ad Darbāsīyah"}, {"‘Āmūdā"}),
    ("In Damascus, a missile hit an apartment in the Mazzeh district, killing three people.", {"Mezzeh"}, {"Damascus"}),
    ("In Aleppo, jets struck the Sukkari neighbourhood.", {"Aleppo"}, set()),
    # an armed group without aircraft attacking is ground fighting
    ("Air strikes and more air strikes. ISIL attacks on the T4 perimeter are repulsed.", set(), {"Tiyas Air Base"}),
    ("Air strikes and more air strikes. Daesh attacked Deir ez-Zor airport.", set(), {"Deir ez-Zor Airport"}),
    ("ISIS positions near Raqqa were attacked by jets.", {"Ar Raqqah"}, set()),
    # the ends of a road are not where a strike on it fell
    ("The army captures Al-Sukhnah, the last major town on the Tadmur–Deir Ezzor highway, following a week of "
     "Russian air strikes on the town.", {"As Sukhnah"}, {"Tadmur", "Deir ez-Zor"}),
    ("Activists reported raids on Kinsabba, further east along the Latakia–Jisr road.", {"Kinnsibbā"}, {"Latakia"}),
    # "X, where the strikes ...": the strikes were at X
    ("For many Kurds, the scenario recalls Kobané, where the coalition's strikes in 2014 allowed the YPG to hold out.",
     {"‘Ayn al ‘Arab"}, set()),
    # a sentence that opens on where its speakers are, when the strike is placed elsewhere
    ("In Washington, officials said US jets struck a depot near Abu Kamal.", {"Ālbū Kamāl"}, {"Washington"}),
    ("In Idlib, rescuers said jets hit the market.", {"Idlib"}, set()),
    ("In Washington, officials warned that further strikes on Deir ez-Zor were possible.", set(), {"Deir ez-Zor"}),
]


@pytest.mark.parametrize("text,strikes,not_strikes", TRAPS)
def test_strike_places_against_traps(resolver, text, strikes, not_strikes):
    names = {fold(n) for n in strike_places(text, resolver)}
    for place in strikes:
        assert fold(place) in names, (place, names)
    for place in not_strikes:
        assert fold(place) not in names, (place, names)
    if not strikes:
        assert names == set()


def test_denial_is_the_deniers_own_claim(resolver):
    text = ("Activists said strikes hit Palmyra's historic citadel, but the Kremlin denied those reports.")
    claims = [c for c in analyse(text, resolver).claims if c.mention]
    stances = {(c.claimant, c.stance) for c in claims}
    assert ("Kremlin", "denied") in stances
    assert ("activists / local sources", "asserted") in stances


@pytest.mark.parametrize("text,asserted_by", [
    ("Rebels said the strikes on Anadan were carried out by Russian jets, which Moscow denied.", "armed opposition"),
    ("Jets bombed Anadan, which Russia's defence ministry later denied.", "unattributed"),
])
def test_which_x_denied_is_xs_own_claim(resolver, text, asserted_by):
    stances = {(c.claimant, c.stance) for c in analyse(text, resolver).claims if c.mention}
    assert stances == {(asserted_by, "asserted"),
                       ("Russian government" if "Moscow" in text else "Russian Ministry of Defence", "denied")}


def test_no_site_in_a_place_was_targeted_is_a_denial(resolver):
    claims = analyse("The US explicitly says no site in Hatleh was targeted by its aircraft.", resolver).claims
    assert [(c.mention.resolution.place.name, c.stance) for c in claims] == [("Hatla", "denied")]


@pytest.mark.parametrize("text", [
    "Claims that Turkish aircraft struck a bakery in the centre of El Bab, killing civilians, do not reflect the truth.",
    "Reports that Russian jets bombed a hospital in El Bab are groundless, the ministry said.",
    "Reports that Turkish jets bombed a school in El Bab have no basis in fact.",
])
def test_a_report_called_untrue_is_denied(resolver, text):
    claims = analyse(text, resolver).claims
    assert ("Al Bāb", "denied") in [(c.mention.resolution.place.name, c.stance) for c in claims]
    # (the reports, if they say whose, assert it: "unattributed" here)
    assert all(c.claimant == "unattributed" for c in claims if c.stance == "asserted")


@pytest.mark.parametrize("text,place", [
    ("Turkish MoD also says the convoy 15 km north of Til Temir was NOT hit by Turkish forces.", "Tall Tamr"),
    ('A spokesperson told us that "no US strike took place in or around Mayadeen" that week.', "Al Mayādīn"),
    ("There is no evidence of a US strike in Mayadeen on that date.", "Al Mayādīn"),
])
def test_a_strike_said_not_to_have_happened_is_denied(resolver, text, place):
    claims = analyse("Drones bombed Derbasiyah on Monday. " + text, resolver).claims
    assert [(c.mention.resolution.place.name, c.stance) for c in claims][1:] == [(place, "denied")]


def test_denying_civilian_targets_is_no_denial_of_the_strike(resolver):
    text = ('Turkish jets struck Derbasiyah. The ministry tweeted: "Our jets did not strike any civilian target in '
            'Ras al-Ain, only terrorist positions."')
    claims = analyse(text, resolver).claims
    assert [(c.mention.resolution.place.name, c.stance) for c in claims] == [
        ("Ad Darbāsīyah", "asserted"), ("Ra’s al ‘Ayn", "asserted")]


def test_the_dam_points_back_to_the_dam_named_before(resolver):
    text = ("Kurdish officials say Turkish jets bombed near the Meidanki dam, which supplies Afrin. The Turkish defence "
            "ministry has denied that any strike was carried out on the dam.")
    claims = analyse(text, resolver).claims
    assert [(c.mention.resolution.place.name, c.stance) for c in claims] == [("Afrin Dam", "asserted"),
                                                                              ("Afrin Dam", "denied")]
    # "the airport" after a town names no facility of its own
    claims = analyse("Jets struck Saraqib on Monday. The airport was not hit, the ministry said.", resolver).claims
    assert [(c.mention.resolution.place.name, c.stance) for c in claims if c.mention] == [("Saraqib", "asserted")]


def test_no_aircraft_flew_over_a_place_denies_the_raid_there(resolver):
    text = "The air raid on Azaz killed 31. A military source said no aircraft had flown over Azaz and blamed a car bomb."
    claims = analyse(text, resolver).claims
    assert [(c.mention.resolution.place.name, c.stance) for c in claims] == [("I‘zāz", "asserted"), ("I‘zāz", "denied")]
    assert strike_places("Jets struck Saraqib. Jets flew over Idlib towards Latakia.", resolver) == {"Saraqib": "asserted"}


def test_aircraft_that_flew_without_striking_make_no_claim(resolver):
    text = "Jets bombed Inkhil. Russian aircraft flew over Tafas and the western countryside at low altitude, without striking."
    assert [c.mention.resolution.place.name if c.mention else None for c in analyse(text, resolver).claims] == ["Inkhil"]


def test_not_denying_is_no_denial(resolver):
    text = "Jets struck Sarmada. It did not deny that its aircraft had struck Dschisr asch-Schughur."
    assert strike_places(text, resolver) == {"Sarmada": "asserted", "Jisr ash Shughūr": "asserted"}


def test_calling_the_targets_civilian_baseless_is_no_denial_of_the_strike(resolver):
    text = ("Jets struck Sarmada. The claims that civilian facilities in Derik were targeted are baseless; the facility "
            "our jets struck in Derik was an ammunition depot.")
    assert strike_places(text, resolver) == {"Sarmada": "asserted", "Al Mālikīyah": "asserted"}


def test_reports_called_disinformation_are_asserted_by_them_and_denied(resolver):
    text = "Jets struck Sarmada. Reports on social media that our aircraft struck a hospital in Kamishli are disinformation."
    claims = analyse(text, resolver).claims
    assert {(c.mention.resolution.place.name, c.stance) for c in claims[1:]} == {
        ("Al Qāmishlī", "denied"), ("Al Qāmishlī", "asserted")}
    assert strike_places("Jets struck Sarmada. No air operation was carried out in Kamishli.", resolver) == {
        "Sarmada": "asserted", "Al Qāmishlī": "denied"}


def test_places_abroad_that_lie_in_one_region_vouch_for_each_other(resolver):
    text = ("Our aircraft hit shelters in the Kandil region. In the vicinity of Mahmur, targets were neutralised by "
            "our aircraft. Our armed drones destroyed a vehicle in Sincar.")
    assert {"Qandil Mountains", "Sinjār"} <= set(strike_places(text, resolver))


@pytest.mark.parametrize("text,expected", [
    # an interception that stopped only some missiles, or took no lives, still tells of a strike
    ("Jets struck Saraqib. Israeli missiles targeted positions near Damascus; Syrian air defences intercepted most "
     "of them, and no casualties were reported.", {"Saraqib": "asserted", "Damascus": "asserted"}),
    ("Jets struck Saraqib. Syrian air defences intercepted Israeli missiles targeting the Kiswah area south of "
     "Damascus, causing no casualties.", {"Saraqib": "asserted", "Al Kiswah": "asserted"}),
    # "rather than" a target is no wish undone
    ("Russian jets bombed a market in Ariha rather than rebel positions, killing 20 civilians.", {"Arīḩā": "asserted"}),
    ("The missile hit a school in Kafr Nabl instead of the nearby checkpoint, witnesses said.",
     {"Kafranbel": "asserted"}),
    # words of sport or weather, one at a time, or as names, are no other sense
    ("Warplanes bombed Idlib province. Hospitals in Ariha were flooded with wounded after strikes on Maarat al-Numan.",
     {"Idlib Governorate": "asserted", "Ma‘arrat an Nu‘mān": "asserted"}),
    ("Coalition aircraft flew 20 sorties. Strikes near Hajin supported the SDF's Operation Jazeera Storm.",
     {"Hajīn": "asserted"}),
    ("US-led coalition strikes destroyed the Black Stadium in Raqqa, which IS had used as a prison.",
     {"Ar Raqqah": "asserted"}),
    ("Warplanes bombed Idlib. Strikes on Ariha killed 12, including a former goalkeeper of the town's club.",
     {"Idlib": "asserted", "Arīḩā": "asserted"}),
    # no other strike that day, or none since March, denies nothing
    ("Warplanes bombed Idlib. A strike hit Ariha at 9am, and no other strikes occurred in Ariha that day, the civil "
     "defence said.", {"Idlib": "asserted", "Arīḩā": "asserted"}),
    ("Russian jets struck Atarib on Sunday; no strikes had taken place in Atarib since March.", {"Al Atārib": "asserted"}),
    ("The missile destroyed the hospital in Ariha; no other building in Ariha was hit, the civil defence said.",
     {"Arīḩā": "asserted"}),
    # a ministry struck; a propaganda outlet struck
    ("Israeli jets struck the defence ministry in Damascus on Wednesday.", {"Damascus": "asserted"}),
    ("Russian jets struck the offices of Radio Fresh in Kafranbel, which Moscow says is a propaganda outlet.",
     {"Kafranbel": "asserted"}),
    # a correspondent where the strike was
    ("Warplanes pounded Eastern Ghouta. An AFP correspondent in Douma saw rescuers pull bodies from the rubble after "
     "strikes hit the market.", {"Dūmā": "asserted"}),
    # a strike before circling "without striking" stands
    ("Helicopters dropped barrel bombs on Daraya on Tuesday, a day after circling the town without dropping any.",
     {"Dārayyā": "asserted"}),
    # a denial beside "not only" or "would not dispute" stands
    ("Russian jets struck Idlib. Moscow not only denied bombing the hospital in Kafr Nabl but accused the White Helmets "
     "of staging it.", {"Idlib": "asserted", "Kafranbel": "denied"}),
    ("Russian jets struck Idlib. The ministry flatly denied that its aircraft struck the market in Ariha and said it "
     "would not dispute the death toll.", {"Idlib": "asserted", "Arīḩā": "denied"}),
    # a road named after an airport is no airport
    ("Warplanes bombed rebel positions along the Aleppo Airport Road near Sheikh Najjar.",
     {"Shaykh Najjar": "asserted"}),
])
def test_review_probes(resolver, text, expected):
    found = strike_places(text, resolver)
    for place, stance in expected.items():
        assert found.get(place) == stance, (place, found)


def test_a_denial_in_quotation_marks(resolver):
    text = ('The Russian MoD stated that its aircraft had "not struck Telbisseh" and that there were no Russian '
            "sorties over the area.")
    assert strike_places(text, resolver) == {"Tallbīsah": "denied"}


def test_a_correction_takes_back_what_was_reported(resolver):
    text = "An earlier version of this article incorrectly reported that an air strike destroyed the hospital in Ras al-Ain."
    assert strike_places(text, resolver) == {"Ra’s al ‘Ayn": "denied"}


def test_no_air_raids_were_carried_out_is_a_denial(resolver):
    text = 'State media said that "no air raids were carried out on Hassakeh on Thursday".'
    assert strike_places(text, resolver) == {"Al Ḩasakah": "denied"}


def test_an_earlier_version_said_is_taken_back(resolver):
    text = "CORRECTION: An earlier version of this article said the car was struck by a drone in the town of Amuda."
    assert strike_places(text, resolver) == {"‘Āmūdā": "denied"}


def test_conducted_no_strikes_is_a_denial(resolver):
    assert strike_places("The Coalition conducted no strikes inside Hajin town on that date.", resolver) == {
        "Hajīn": "denied"}


def test_denial_of_a_named_place(resolver):
    found = strike_places("The ministry denied striking Darkush on Sunday.", resolver)
    assert found and set(found.values()) == {"denied"}


def test_a_direction_before_the_countryside_is_an_area(resolver):
    got = {c.mention.text: c.mention for c in analyse(
        "Helicopters dropped barrel bombs on the northern Hama countryside and on the northern countryside of Idlib.",
        resolver).claims if c.mention}
    assert got["Hama"].precision == got["Idlib"].precision == "area"


def test_the_other_raids_are_not_the_ones_just_named(resolver):
    text = "Warplanes struck Kafr Rumah, killing three. The monitor did not say where the other raids had fallen."
    claims = [c for c in analyse(text, resolver).claims if c.mention]
    assert [c.sentence for c in claims] == ["Warplanes struck Kafr Rumah, killing three."]


def located(text, resolver):
    return {(c.mention.resolution.place.name, c.stance, c.claimant) for c in analyse(text, resolver).claims
            if c.mention and c.mention.resolution}


@pytest.mark.parametrize("text,expected", [
    # the reports are their authors' claim; the sentence denies it
    ('Reports spread by the White Helmets that Russian aviation struck a bakery in the town of Ariha are false.',
     {("Arīḩā", "denied", "unattributed"), ("Arīḩā", "asserted", "Syria Civil Defence (White Helmets)")}),
    ("Statements that Russian aircraft bombed a camp near Ariha are likewise untrue.",
     {("Arīḩā", "denied", "unattributed"), ("Arīḩā", "asserted", "unattributed")}),
    ("No flights of Russian aircraft were carried out in the area of Ariha on that day.",
     {("Arīḩā", "denied", "unattributed")}),
])
def test_false_reports_and_no_flights_are_denials(resolver, text, expected):
    assert located(text, resolver) == expected


def test_no_strike_was_carried_out_is_a_denial(resolver):
    found = strike_places('"No air strike was carried out on civilians in Ras al-Ein," the ministry said.', resolver)
    assert found == {"Ra’s al ‘Ayn": "denied"}


def test_there_were_no_strikes_is_a_denial(resolver):
    found = strike_places('"There were no strikes by coalition forces near Albu Kamal," a spokesman said.', resolver)
    assert found == {"Ālbū Kamāl": "denied"}


@pytest.mark.parametrize("text,expected", [
    # said not to have been hit: a denial when someone says so
    ("The hospital in Idlib was not struck by Russian jets, the ministry said.", {"Idlib": "denied"}),
    ("The ministry said no Russian jets struck Saraqeb.", {"Saraqib": "denied"}),
    ("No Russian aircraft carried out missions over Sarmin on 20 October.", {"Sarmīn": "denied"}),
    # said of an area in passing, or with nobody saying it: no claim
    ("Militias are based around the Sayyida Zeinab shrine, an area that has not been hit in the latest "
     "wave of attacks, residents said.", {}),
    ("The market in Saraqeb has not been targeted by air strikes since May.", {}),
])
def test_a_place_not_hit(resolver, text, expected):
    assert strike_places(text, resolver) == expected


def test_the_next_sentence_places_the_target(resolver):
    text = ("Russian jets struck a weapons workshop in Idlib province on Sunday, the ministry said. "
            "The workshop was located 3 km south-west of Jisr al-Shughur.")
    claims = analyse(text, resolver).claims
    assert [(c.mention.resolution.place.name, c.mention.precision, c.claimant) for c in claims] == [
        ("Jisr ash Shughūr", "offset", "Russian Ministry of Defence")]
    assert claims[0].sentence == text and (claims[0].start, claims[0].end) == (0, len(text))


def test_the_next_sentence_says_the_target_was_in_a_place(resolver):
    assert strike_places("The deadliest raid hit a school that had become a shelter. The school was in al-Karama, "
                         "about 20 km east of Raqqa.", resolver) == {"Al Karāmah": "asserted"}


@pytest.mark.parametrize("sentence,expected", [
    ("A third target, according to the Observatory: a site about 5 km south-west of Qatana.", {"Qaţanā"}),
    ("The target was a depot near Qatana.", {"Qaţanā"}),
    ("The target of the talks in Geneva was a ceasefire.", set()),
])
def test_a_target_named_in_an_air_campaign(resolver, sentence, expected):
    campaign = "Israeli jets struck Damascus and air strikes hit Mezzeh. "
    assert set(strike_places(campaign + sentence, resolver)) - {"Damascus", "Mezzeh"} == expected


def test_a_list_of_targets(resolver):
    text = ("IDF jets struck targets overnight. Among the targets struck:\n- a hangar at the Hama military airport;\n"
            "- a depot near Masyaf.\nTalks were held in Moscow.")
    claims = [c for c in analyse(text, resolver).claims if c.mention]
    assert [c.mention.resolution.place.name for c in claims] == ["Hamah Air Base", "Maşyāf"]
    # the evidence is the list's opening and the item, verbatim
    start = text.index("Among")
    assert claims[0].sentence == text[start:text.index(";") + 1] == text[claims[0].start:claims[0].end]
    # a list that no strike word opens names no target
    assert strike_places("Among the places the delegation visited:\n- Aleppo;\n- Hama.", resolver) == {}


def test_the_next_sentence_names_the_town_in_apposition(resolver):
    text = ("Air strikes hit Aleppo. In another town nearby, residents said a jet struck a school building, wounding "
            "four men. The town, Mare'a, has been a rebel stronghold since 2012.")
    assert strike_places(text, resolver) == {"Aleppo": "asserted", "Māri‘": "asserted"}


def test_the_next_sentence_describes_a_place_already_named(resolver):
    assert strike_places("Warplanes struck Saraqeb on Sunday. The town lies 15 km east of Idlib.", resolver) == {
        "Saraqib": "asserted"}


@pytest.mark.parametrize("text,expected", [
    ("Her sister lived in Maarat al-Nouman, a larger town on the highway. In July an air strike on the vegetable "
     "market there killed about 40 people.", {"Ma‘arrat an Nu‘mān": "asserted"}),
    ("The house is in Kafranbel. In May jets struck the town's market twice.", {"Kafranbel": "asserted"}),
    ("Rescuers rushed to Saraqeb. The ministry said no helicopter had bombed the town.", {"Saraqib": "denied"}),
    # capitals that speak for their governments are not the town; a sentence without a place is passed over
    ("Helicopters dropped barrel bombs on Douma. Rescuers said 43 people died. Damascus and Moscow called the "
     "incident staged, and the Russian military said no helicopter had bombed the town.",
     {"Dūmā": "denied"}),
    # "there" that only says something exists, a place left behind, two places, another paragraph
    ("Families still live in Ariha. There were air strikes all week.", {}),
    ("The squadron is based at Hmeimim. From there, jets flew 20 sorties on Tuesday.", {}),
    ("Her sons live in Ariha and Saraqeb. Jets struck the town on Monday.", {}),
    ("The house is in Kafranbel.\n\nIn May jets struck the town's market twice.", {}),
])
def test_a_strike_placed_by_pointing_back(resolver, text, expected):
    assert strike_places(text, resolver) == expected


def test_pointing_back_quotes_both_sentences(resolver):
    text = "The house is in Kafranbel. In May jets struck the town's market twice."
    claims = [c for c in analyse(text, resolver).claims if c.mention]
    assert [(c.sentence, c.start, c.end) for c in claims] == [(text, 0, len(text))]


def placeless(text, resolver):
    return [c.sentence for c in analyse(text, resolver).claims if c.mention is None or c.mention.precision == "country"]


def test_a_headline_repeats_the_claims_below_it(resolver):
    body = "Russian jets bombed 24 targets in Syria on Tuesday, the ministry said."
    assert placeless("Russia Claims Cooperation On Syria Air Strikes\n" + body, resolver) == [body]
    # alone, it is the article's only claim
    assert placeless("Russia Claims Cooperation On Syria Air Strikes\n", resolver) == [
        "Russia Claims Cooperation On Syria Air Strikes"]


def test_a_sentence_about_the_strike_just_told_or_the_word_adds_no_claim(resolver):
    first = "Coalition forces conducted six strikes in Syria on Oct. 7."
    text = (first + " These strikes were conducted as part of the operation. "
            "A strike, as defined by the Coalition, refers to one or more kinetic engagements.")
    assert placeless(text, resolver) == [first]
    # a campaign total is a claim of its own
    total = "Since the beginning of the Russian airstrike mission, 2,084 targets were struck in Syria."
    assert placeless(first + " " + total, resolver) == [first, total]


def test_aircraft_that_strike_twice_make_an_air_campaign(resolver):
    text = ("IDF fighter jets struck army targets overnight. An IDF aircraft struck a launcher. "
            "The targets struck included a post near Quneitra.")
    assert strike_places(text, resolver) == {"Al Qunayţirah": "asserted"}


def test_precisions(resolver):
    text = ("Jets struck near Palmyra and 20 km east of Aleppo, in the countryside of Idlib, "
            "in Hama province and in eastern Homs.")
    got = {c.mention.text: c.mention for c in analyse(text, resolver).claims if c.mention}
    assert got["Palmyra"].precision == "near"
    assert got["Aleppo"].precision == "offset" and got["Aleppo"].distance_km == 20 and got["Aleppo"].bearing == 90
    assert got["Idlib"].precision == "area"
    assert got["Hama"].precision == "admin1" and got["Hama"].resolution.place.kind == "admin1"
    assert got["Homs"].precision == "offset"


def test_a_distance_in_words(resolver):
    got = [c.mention for c in analyse("Three kilometres north of the settlement of Salma, jets struck a base.",
                                      resolver).claims]
    assert [(m.precision, m.distance_km, m.bearing) for m in got] == [("offset", 3, 0)]


def test_follow_on_sentence_joins_the_strikes_it_describes(resolver):
    text = ("Russian warplanes hit targets in the areas of Palmyra and Deir ez-Zor, the ministry said. "
            "In particular, the Russian air strikes destroyed a command center.")
    claims = analyse(text, resolver).claims
    follow = [c for c in claims if c.follow_on]
    assert {c.mention.text for c in follow} == {"Palmyra", "Deir ez-Zor"}


def test_claims_without_a_place(resolver):
    claims = analyse("Russian jets bombed 24 targets in Syria on Tuesday.", resolver).claims
    assert len(claims) == 1 and claims[0].mention.precision == "country"


def test_attack_types(resolver):
    def kind(text):
        return analyse(text, resolver).claims[0].attack_type
    assert kind("Regime helicopters dropped barrel bombs on Daraya.") == "barrel_bomb"
    assert kind("Cruise missiles hit Idlib.") == "missile"
    assert kind("A drone strike hit a car in Idlib.") == "drone"
    assert kind("Warplanes raided Douma.") == "air_strike"


@pytest.mark.parametrize("text,killed,wounded", [
    ("killing at least 23 people", (23, None), (None, None)),
    ("23-30 dead", (23, 30), (None, None)),
    ("12 civilians were killed and dozens wounded", (12, 12), (24, None)),
    ("between 17 and 20 people were killed", (17, 20), (None, None)),
    ("two children killed", (2, 2), (None, None)),
    # the verb before the number
    ("Air strikes on Douma killed 7 people", (7, 7), (None, None)),
    ("The raid killed dozens of civilians and wounded 30", (24, None), (30, 30)),
    ("Air strikes kill 14 in a northwest Syrian town", (14, 14), (None, None)),
    ("The strike killed 2 km from the front", (None, None), (None, None)),
])
def test_casualties(text, killed, wounded):
    cas = casualties(text)
    assert (cas.killed_min, cas.killed_max) == killed
    assert (cas.wounded_min, cas.wounded_max) == wounded


def test_a_time_without_strikes_denies_none(resolver):
    before = "Russian jets carried out raids on Kabbana. A raid hit a farm 15 km south-west of Jisr al-Shughur. "
    def stances(text):
        return [c.stance for c in analyse(before + text, resolver).claims]
    assert stances("Jisr al-Shughur itself has not been bombed since the spring, residents say.") == ["asserted"] * 2
    assert stances("Jisr al-Shughur itself has not been hit for weeks, residents say.") == ["asserted"] * 2
    assert stances("Jisr al-Shughur itself was not bombed, residents say.") == ["asserted", "asserted", "denied"]


def test_casualty_text_is_quoted_as_written():
    # the pattern runs on the lower-cased text; what the CSV quotes is the text itself
    cas = casualties("Jets KILLED at least 23 Civilians in Douma and wounded  40 others")
    assert (cas.killed_min, cas.civilians_killed_min, cas.wounded_min) == (23, 23, 40)
    assert cas.text == "KILLED at least 23 Civilians; wounded 40 others"


@pytest.mark.parametrize("text,claimant", [
    ("According to the Syrian Observatory for Human Rights, jets hit Douma.", "Syrian Observatory for Human Rights"),
    ("Jets hit Douma, the Russian Defence Ministry said.", "Russian Ministry of Defence"),
    # another country's defence ministry is not Russia's
    ("Ankara's defence ministry said its aircraft struck Tal Rifaat.", "Turkish government"),
    ("The Turkish defence ministry said its jets struck Tal Rifaat.", "Turkish government"),
    ("According to the ministry of defence in Paris, the coalition has carried out 4,000 strikes.",
     "the ministry of defence in Paris"),
    ("The ministry said its jets struck 40 targets in Hama.", "Russian Ministry of Defence"),
    ("Jets hit Douma, said the Observatory.", "Syrian Observatory for Human Rights"),
    ("The Pentagon said coalition jets hit Raqqa.", "US-led coalition"),
    ("State media said rebels shelled Aleppo.", "Syrian government / state media"),
    # a full stop inside a sentence ends an abbreviation, not the speaker's name
    ("U.S. officials said coalition aircraft struck a refinery near Deir ez-Zor.", "US-led coalition"),
    ("The U.N. envoy said jets hit Douma.", "United Nations"),
    # the speaker after the last comma
    ("Jets took off from Shayrat before striking Khan Sheikhoun, the U.S. said.", "US-led coalition"),
    ("Warplanes raided Latmin on Saturday, killing 30 people, a local council official said.",
     "a local council official"),
])
def test_claimants(text, claimant):
    assert attribute(text) == claimant


def test_perpetrator_with_uncertainty(resolver):
    text = "Warplanes belonging to either Russia or the Syrian regime bombed Raqa, killing at least 23 people."
    claim = analyse(text, resolver).claims[0]
    assert claim.perpetrator == "Russia or Syrian government (unclear)"
    assert claim.casualties.killed_min == 23


def test_a_repeated_sentence_keeps_its_own_offsets_and_context(resolver):
    # The mention and claim stages cache their work per sentence text; every
    # copy must still point at its own place in its own article.
    sentence = "Russian warplanes struck the town of Maarat al-Numan near Idlib, killing 12 people."
    first = f"Jets strike Idlib\nDAMASCUS, March 3, 2016 (Levant Wire) -\n{sentence}\n"
    second = (f"Talks stall in Geneva\nBEIRUT, March 5, 2016 (Cedar News) -\nDiplomats met on Friday.\n"
              f"The Kremlin said it had carried out no strikes. {sentence}\nActivists said. {sentence}\n")
    for doc, text in (("a.txt", first), ("b.txt", second)):
        claims = analyse(text, resolver, doc=doc).claims
        located = [c for c in claims if c.sentence == sentence]
        assert [c.mention.resolution.place.name for c in located] == ["Ma‘arrat an Nu‘mān"] * text.count(sentence)
        for claim in located:
            assert text[claim.start:claim.end] == sentence
            assert text[claim.mention.start:claim.mention.end] == claim.mention.text == "Maarat al-Numan"
            assert claim.doc == doc and claim.casualties.killed_min == 12
        assert len({c.start for c in located}) == text.count(sentence)  # each copy claims on its own


@pytest.mark.parametrize("text,places", [
    ("Russian warplanes struck the town of Maarat al-Numan near Idlib.", {"Ma‘arrat an Nu‘mān"}),
    ("Jets hit Saraqeb and areas near Idlib.", {"Saraqib", "Idlib"}),
    ("Warplanes bombed villages near Idlib.", {"Idlib"}),
])
def test_near_after_a_place_locates_it(resolver, text, places):
    assert set(strike_places("Jets strike\n" + text + "\n", resolver)) == places


def test_a_dateline_is_the_reference_not_the_strike_day(resolver):
    text = ("Jets pound Idlib towns\n\nBEIRUT, March 14, 2016 (Levant Wire) - Russian jets struck Saraqeb on Sunday, "
            "killing 12 people.\nOn March 10, helicopters dropped barrel bombs on Kafranbel.")
    days = {c.mention.text: c.date.day for c in analyse(text, resolver).claims if c.mention}
    assert days == {"Saraqeb": date(2016, 3, 13), "Kafranbel": date(2016, 3, 10)}


@pytest.mark.parametrize("text,first,last", [
    ("Last week, warplanes also hit Maarat al-Numan.", date(2016, 3, 7), date(2016, 3, 13)),
    ("Jets struck Douma earlier this week.", date(2016, 3, 14), date(2016, 3, 15)),
])
def test_weeks_are_intervals(text, first, last):
    ref = DateInfo(date(2016, 3, 16), date(2016, 3, 16), "header", "high")
    found = sentence_date(text, ref)
    assert (found.earliest, found.latest) == (first, last)


@pytest.mark.parametrize("text,tolls", [
    # a toll between two places is the earlier place's own ...
    ("Russian jets struck Saraqeb, killing 12 people, and bombed Ariha.", {"Saraqeb": 12, "Ariha": None}),
    # ... unless it names the next place
    ("Warplanes raided Sinjar and Abu al-Zuhur in Idlib countryside, killing 4 civilians in Sinjar.",
     {"Abu al-Zuhur": None, "Sinjar": 4}),
    # a clause that opens with its toll gives each toll to the places after it
    ("10 killed in raids on Kafr Takharim and 3 killed in raids on a village near Ariha.",
     {"Kafr Takharim": 10, "Ariha": 3}),
    # a toll after all the places is theirs
    ("Air strikes on Douma and Harasta killed 7 people.", {"Douma": 7, "Harasta": 7}),
])
def test_each_place_takes_its_own_toll(resolver, text, tolls):
    found = {}
    for c in analyse(text, resolver).claims:
        if c.mention:
            found[c.mention.text] = max(found.get(c.mention.text) or 0, c.casualties.killed_min or 0) or None
    assert found == tolls


@pytest.mark.parametrize("text,km", [("Warplanes hit a target 15-20 km east of Palmyra.", 20.0),
                                     ("Warplanes hit a target 2-3 km north of Saraqib.", 3.0),
                                     ("QET-0713,2015-07-06,3 km W of Madaya,Rif Dimashq,air strike,SyAAF jet,2,x", 3.0)])
def test_the_distance_of_an_offset(resolver, text, km):
    (claim,) = analyse(text, resolver).claims
    assert claim.mention.precision == "offset" and claim.mention.distance_km == km
