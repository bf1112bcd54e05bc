/**
 * Institutions from the Research Organization Registry (ROR, https://ror.org), CC0 1.0.
 *
 * Source: ROR records as kept in a copy of the ror-community/ror-records repository that renders
 * each record as RDF (folder_to_push/<id>.ttl; records last modified up to 2025-05-05), plus rows
 * known only through another record's relationship list, the ROR API documentation, or (the
 * Cleveland Clinic) eLife's ROR annotations of affiliations. Each row's
 * provenance (record file commit, or the record whose relationship names it) is listed in
 * SOURCES.md beside this file, which also says how to update the table.
 *
 * Selection: US academic medical centres and teaching hospitals with general surgery residencies,
 * their universities and medical schools, the large academic health systems, and a few
 * institutions whose names contain a famous one's words (Penn State, Miami University, Brigham
 * Young, British Columbia, Washington State) so that the matcher can tell them apart.
 *
 * One row per line: ROR id | ROR display name | city | state or province | other ROR names
 * (labels, aliases, acronyms) separated by ";" | "withdrawn" when ROR has withdrawn the record.
 * Names and cities are copied as ROR spells them (rows known only by relationship have the
 * related record's label and no city); what the matcher adds or ignores is in additions.ts.
 * The two-letter state is ours, read off the record's city, as ROR gives no region for many.
 */
export const rorTable = `
0307crw42|Albany Medical Center Hospital|Albany|NY|Albany Medical Center
03r8nx235|Albert B. Chandler Hospital||KY|
05cf8a891|Albert Einstein College of Medicine|Bronx|NY|AECOM;Einstein
04v8djg66|Atrium Health Wake Forest Baptist||NC|
012mef835|Augusta University|Augusta|GA|GRU;Georgia Regents University
007rawr89|Augusta University Health||GA|
04wyvkr12|Barnes-Jewish Hospital|St Louis|MO|
05fk0de79|Bassett Medical Center||NY|
02pttbw34|Baylor College of Medicine|Houston|TX|BCM
042ze4p12|Ben Taub Hospital||TX|
04drvxt59|Beth Israel Deaconess Medical Center||MA|
00dvg7y05|Boston Children's Hospital|Boston|MA|Children's Hospital Boston
010b9wj87|Boston Medical Center|Boston|MA|BMC
05qwgg493|Boston University|Boston|MA|BU;Boston U
000yct867|Bridgeport Hospital||CT|
03w44ff23|Brigham and Women's Faulkner Hospital||MA|
04b6nzv94|Brigham and Women's Hospital|Boston|MA|BWH;The Brigham
047rhhm47|Brigham Young University|Provo|UT|BYU
05gq02987|Brown University|Providence|RI|
04ngv0f69|Buffalo General Medical Center||NY|
059c3mv67|Cambridge Health Alliance||MA|
0483mr804|Carolinas Medical Center||NC|
051fd9666|Case Western Reserve University|Cleveland|OH|CWRU;Case
02pammg90|Cedars-Sinai Medical Center|Los Angeles|CA|
00412ts95|Children's Hospital of Los Angeles||CA|
01z7r7q48|Children's Hospital of Philadelphia|Philadelphia|PA|CHOP
03wa2q724|Children's National||DC|
01hcyya48|Cincinnati Children's Hospital Medical Center||OH|
03xjacd83|Cleveland Clinic|Cleveland|OH|
00hj8s172|Columbia University|New York|NY|CU;Columbia College;Columbia University in the City of New York;King's College
01esghr10|Columbia University Irving Medical Center|New York|NY|CUMC;Columbia University Medical Center
05bnh6r87|Cornell University|Ithaca|NY|CU
02jzgtq86|Dana-Farber Cancer Institute||MA|
049s0rh22|Dartmouth College|Hanover|NH|
00d1dhh09|Dartmouth–Hitchcock Medical Center|Lebanon|NH|DHMC
05gehxw18|Detroit Medical Center||MI|
01ff5td15|Donald & Barbara Zucker School of Medicine at Hofstra/Northwell|Hempstead|NY|
00py81415|Duke University|Durham|NC|
04bct7p84|Duke University Hospital|Durham|NC|Duke University Medical Center
056hr4255|Eastern Virginia Medical School|Norfolk|VA|EVMS
03czfpz43|Emory University|Atlanta|GA|
019e4dr88|Erie County Medical Center||NY|
007ps6h72|Fred Hutch Cancer Center|Seattle|WA|FHCRC;Fred Hutch
00y4zzh67|George Washington University|Washington|DC|GW;GWU
00fwdyt59|George Washington University Hospital||DC|
05vzafd60|Georgetown University|Washington|DC|
00hjz7x27|Georgetown University Medical Center||DC|
008zj0x80|Hackensack University Medical Center||NJ|
05h4zj272|Harbor–UCLA Medical Center||CA|
00tz4k675|Harlem Hospital Center||NY|
03wevmz92|Harvard Medical School|Boston|MA|HMS|withdrawn
03vek6s52|Harvard University|Cambridge|MA|
01xq02v66|Hasbro Children's Hospital||RI|
01k7a6660|Hennepin County Medical Center||MN|
02kwnkm68|Henry Ford Health System|Detroit|MI|HFHS
03zjqec80|Hospital for Special Surgery|New York|NY|HSS
02917wp91|Hospital of the University of Pennsylvania||PA|
027zt9171|Houston Methodist|Houston|TX|Methodist Hospital
05gt1vc06|Howard University|Washington|DC|
03v7tx966|Huntsman Cancer Institute||UT|
04a9tmd77|Icahn School of Medicine at Mount Sinai|New York|NY|MSSM;Mount Sinai School of Medicine
01kg8sb98|Indiana University||IN|
01aaptx40|Indiana University Health||IN|
02ets8c94|Indiana University School of Medicine|Indianapolis|IN|IUSM;IU School of Medicine
0212h5y77|Inova Fairfax Hospital||VA|
00en6p903|Jackson Health System||FL|
02y070a55|Jackson Memorial Hospital||FL|
05626m728|John H. Stroger, Jr. Hospital of Cook County||IL|
02fxjt553|John Sealy Hospital||TX|
013x5cp73|Johns Hopkins All Children's Hospital||FL|
04pwc8466|Johns Hopkins Bayview Medical Center||MD|
05cb1k848|Johns Hopkins Hospital|Baltimore|MD|
037zgn354|Johns Hopkins Medicine|Baltimore|MD|
00za53h95|Johns Hopkins University|Baltimore|MD|JHU
02nfzhn33|Johns Hopkins University School of Medicine||MD|
02sb3pg33|Kaleida Health||NY|
01rq8ck58|Keck Hospital of USC||CA|
04xzj3x20|LAC+USC Medical Center||CA|
03mbq3y29|Lahey Hospital and Medical Center||MA|
04b6x2g63|Loyola University Chicago|Chicago|IL|LUC
03a6zw892|Lurie Children's Hospital||IL|
03mt09h51|Lyndon Baines Johnson Hospital||TX|
04py2rh25|Mass General Brigham|Boston|MA|PHS
04g3dn724|Massachusetts Eye and Ear Infirmary||MA|
002pd6e78|Massachusetts General Hospital|Boston|MA|MGH;Mass General
02qp3tb03|Mayo Clinic|Rochester|MN|Mayo Clinic in Rochester, Minnesota
00qqv6244|Medical College of Wisconsin|Milwaukee|WI|MCW
012jban78|Medical University of South Carolina|Charleston|SC|MUSC
03ja1ak26|MedStar Georgetown University Hospital||DC|
05ry42w04|MedStar Washington Hospital Center||DC|
02yrq0923|Memorial Sloan Kettering Cancer Center|New York|NY|MSK;New York Cancer Hospital
05nbqxr67|Miami University|Oxford|OH|
01zcpa714|Michigan Medicine||MI|
05hs6h993|Michigan State University|East Lansing|MI|MSU
053exzj86|Miriam Hospital||RI|
01xf75524|Moffitt Cancer Center||FL|
00y64dx33|Monroe Carell Jr. Children's Hospital||TN|
044ntvm43|Montefiore Medical Center|Bronx|NY|MMC
01pbhra64|Morehouse School of Medicine|Atlanta|GA|MSM
0190ak572|New York University|New York|NY|NYU
03hrxmf69|Newton Wellesley Hospital||MA|
03gzbrs57|NewYork–Presbyterian Hospital|New York|NY|
04tpp9d61|NorthShore University HealthSystem||IL|
04fzwnh64|Northwestern Medicine|Chicago|IL|Northwestern Memorial HealthCare
03fhrtz10|Northwestern Medicine Lake Forest Hospital||IL|
009543z50|Northwestern Memorial Hospital||IL|
000e0be47|Northwestern University|Evanston|IL|NU
005dvqh91|NYU Langone Health|New York|NY|NYU Langone Medical Center
03b66rp04|Olive View-UCLA Medical Center||CA|
009avj582|Oregon Health & Science University|Portland|OR|OHSU;University of Oregon Health Sciences Center
00swv7d52|Penn Presbyterian Medical Center||PA|
01h22ap11|Penn State Milton S. Hershey Medical Center||PA|
03mvdc478|Pennsylvania Hospital||PA|
04p491231|Pennsylvania State University|State College|PA|PSU;Penn State
01aw9fv09|Rhode Island Hospital|Providence|RI|
00eekd641|Robert Wood Johnson University Hospital||NJ|
04k3jt835|Ronald Reagan UCLA Medical Center||CA|
0499dwk57|Roswell Park Comprehensive Cancer Center||NY|
01k9xac83|Rush University||IL|
01j7c0b24|Rush University Medical Center|Chicago|IL|
029z02k15|Rutgers Health||NJ|
05vt9qd57|Rutgers, The State University of New Jersey|New Brunswick|NJ|RU;Rutgers;Rutgers University
01p7jjy08|Saint Louis University|St Louis|MO|SLU
03fwxcd28|Sentara Norfolk General Hospital||VA|
05m5b8x20|Sidney Kimmel Comprehensive Cancer Center||MD|
00qw1qw03|St. Louis Children's Hospital||MO|
03mtd9a03|Stanford Medicine|Stanford|CA|Stanford University Medical Center
00f54p054|Stanford University|Stanford|CA|SU;Leland Stanford Junior University
05qghxh33|Stony Brook University|Stony Brook|NY|SBU;SUNY Stony Brook;State University of New York Stony Brook
05wyq9e07|Stony Brook University Hospital||NY|
0583j8v67|Strong Memorial Hospital||NY|
040kfrw16|SUNY Upstate Medical University|Syracuse|NY|State University of New York Upstate Medical University
03tj5qd85|Tampa General Hospital||FL|
00kx1jb78|Temple University|Philadelphia|PA|
01f5ytq51|Texas A&M University||TX|
05cz92x43|Texas Children's Hospital||TX|
00rs6vg23|The Ohio State University|Columbus|OH|OSU
03gds6c39|The University of Texas Health Science Center at Houston|Houston|TX|UTHealth
02f6dcw23|The University of Texas Health Science Center at San Antonio|San Antonio|TX|UTHSCSA
04twxam07|The University of Texas MD Anderson Cancer Center|Houston|TX|
016tfm930|The University of Texas Medical Branch at Galveston|Galveston|TX|UTMB
05byvp690|The University of Texas Southwestern Medical Center|Dallas|TX|UT Southwestern
00ysqcn41|Thomas Jefferson University|Philadelphia|PA|
04zhhva53|Thomas Jefferson University Hospital||PA|
05wvpxv85|Tufts University|Medford|MA|Universitatis Tuftensis
031w3f751|Tulane Medical Center||LA|
04vmvtb21|Tulane University|New Orleans|LA|
05q8kyc69|UC Davis Health System||CA|
01d88se56|UCLA Health||CA|
04vq5kb54|UCLA Medical Center||CA|
01gc0wp38|UH Cleveland Medical Center|Cleveland|OH|UH;University Hospitals Case Medical Center
01y64my43|University at Buffalo, State University of New York|Buffalo|NY|UB;SUNY Buffalo;University of Buffalo
02snf5j61|University Hospital, Newark||NJ|
0130jk839|University Hospitals of Cleveland||OH|
008s83205|University of Alabama at Birmingham|Birmingham|AL|UAB
03m2x1q45|University of Arizona|Tucson|AZ|UA
00xcryt71|University of Arkansas for Medical Sciences|Little Rock|AR|UAMS
03rmrcq20|University of British Columbia|Vancouver|BC|UBC
05t6gpm70|University of California Davis Medical Center||CA|
03aw5sn18|University of California San Diego Medical Center||CA|
05rrcem69|University of California, Davis|Davis|CA|UCD;UC Davis
04gyf1771|University of California, Irvine|Irvine|CA|UCI;UC Irvine
00cm8nm15|University of California, Irvine Medical Center||CA|
046rm7j60|University of California, Los Angeles|Los Angeles|CA|UCLA;State Normal School at Los Angeles;University of California Southern Branch;University of California at Los Angeles
0168r3w48|University of California, San Diego|San Diego|CA|UCSD;UC San Diego
043mz5j54|University of California, San Francisco|San Francisco|CA|UCSF;UC San Francisco
024mw5h28|University of Chicago|Chicago|IL|UC;UChicago
0076kfe04|University of Chicago Medical Center||IL|
01e3m7079|University of Cincinnati|Cincinnati|OH|UC
02p72h367|University of Cincinnati Medical Center||OH|
03wmf1y16|University of Colorado Anschutz Medical Campus|Aurora|CO|CU Anschutz Medical Campus
006jjmw19|University of Colorado Hospital||CO|
02y3ad647|University of Florida|Gainesville|FL|UF;University of the State of Florida
02mpq6x41|University of Illinois at Chicago|Chicago|IL|UIC;University of Illinois at Chicago Circle
03jhe7195|University of Illinois Hospital & Health Sciences System||IL|
036jqmy94|University of Iowa|Iowa City|IA|UI
02k3smh20|University of Kentucky|Lexington|KY|
01ckdn478|University of Louisville|Louisville|KY|
04sq8k219|University of Louisville Hospital||KY|
04rq5mt64|University of Maryland, Baltimore|Baltimore|MD|UMAB
0464eyp60|University of Massachusetts Chan Medical School|Worcester|MA|UMMS;UMass Medical School
02dgjyy92|University of Miami|Coral Gables|FL|U Miami;UM
00zw9nc64|University of Miami Health System||FL|
02yx0mh38|University of Miami Hospital||FL|
00jmfr291|University of Michigan–Ann Arbor|Ann Arbor|MI|UM;UMich
017zqws13|University of Minnesota|Minneapolis|MN|University of Minnesota, Twin Cities
03e1ayz78|University of Minnesota Medical Center||MN|
00thqtb16|University of Nebraska Medical Center|Omaha|NE|UNMC
05fs6jp91|University of New Mexico|Albuquerque|NM|UNM;Universitatis Novus Mexico
0130frc33|University of North Carolina at Chapel Hill|Chapel Hill|NC|UNC;UNC-Chapel Hill
00qz24g20|University of North Carolina Health Care||NC|
0355zfr67|University of North Carolina Hospitals||NC|
00b30xv10|University of Pennsylvania|Philadelphia|PA|UPenn
04h81rw26|University of Pennsylvania Health System||PA|
01an3r305|University of Pittsburgh|Pittsburgh|PA|
04ehecz88|University of Pittsburgh Medical Center|Pittsburgh|PA|UPMC
022kthw22|University of Rochester|Rochester|NY|UR
00trqv719|University of Rochester Medical Center|Rochester|NY|URMC
032db5x82|University of South Florida|Tampa|FL|USF
03taz7m60|University of Southern California|Los Angeles|CA|USC
03r0ha626|University of Utah|Salt Lake City|UT|UU;University of Deseret
047s7ex42|University of Utah Health Care||UT|
03b436430|University of Utah Hospital||UT|
0155zta11|University of Vermont|Burlington|VT|UVM;University of Vermont and State Agricultural College
0153tk833|University of Virginia|Charlottesville|VA|UVA
00cvxb145|University of Washington|Seattle|WA|UW
01y2jtd41|University of Wisconsin–Madison|Madison|WI|UW;UW–Madison
02vm5rt34|Vanderbilt University|Nashville|TN|Vandy
05dq2gs74|Vanderbilt University Medical Center|Nashville|TN|VUMC
02nkdxk79|Virginia Commonwealth University|Richmond|VA|VCU
057xmsr27|Virginia Commonwealth University Medical Center||VA|
0207ad724|Wake Forest University|Winston-Salem|NC|
025cem651|Walter Reed National Military Medical Center||MD|
05dk0ce17|Washington State University|Pullman|WA|WSU
01yc7t268|Washington University in St. Louis|St Louis|MO|WUSTL
036c27j91|Washington University Medical Center||MO|
03qn8ky51|Washington University Physicians||MO|
01070mq45|Wayne State University|Detroit|MI|WSU
02r109517|Weill Cornell Medicine|New York|NY|WCM
03eksqx74|Winthrop-University Hospital||NY|
03j7sze86|Yale Cancer Center||CT|
01s1hsq14|Yale New Haven Health System||CT|
05tszed37|Yale New Haven Hospital||CT|
03v76x132|Yale University|New Haven|CT|Collegiate School;Yale College
`;
