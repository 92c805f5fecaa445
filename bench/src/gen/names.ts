/**
 * Name pools per country, as counsellors meet them: each entry lists the Latin spellings in use
 * (most common first) and, where the country writes names in another script, that spelling.
 * Notation: "Latin1|Latin2|…=script". Serbian Cyrillic is derived from the Latin letters.
 */
export type NameEntry = { forms: string[]; script?: string };
export type NamePool = { male: NameEntry[]; female: NameEntry[]; family: NameEntry[] };

const parse = (list: string): NameEntry[] =>
  list
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [latin = '', script] = item.split('=');
      return { forms: latin.split('|').map((f) => f.trim()), script: script?.trim() || undefined };
    });

const ARABIC_MALE = parse(`
  Mohamed|Mohammed|Muhammad|Mohammad|Mohamad=محمد; Youssef|Yousef|Yusuf|Youssouf|Yossef=يوسف;
  Abdel Rahman|Abdulrahman|Abderrahmane|Abd al-Rahman|Abdelrahman=عبد الرحمن; Ahmed|Ahmad=أحمد;
  Hamza|Hamzah=حمزة; Said|Saïd|Saeed|Saied=سعيد; Khalid|Khaled=خالد; Omar|Umar|Omer=عمر;
  Mehdi|Mahdi=مهدي; Rachid|Rashid|Rachide=رشيد; Hassan|Hasan=حسن; Hicham|Hisham|Hichem=هشام;
  Abdelaziz|Abdulaziz|Abdel Aziz|Abd al-Aziz=عبد العزيز; Karim|Kareem=كريم; Ayoub|Ayyub|Ayub=أيوب;
  Ismail|Ismael|Smail=إسماعيل; Mustapha|Mustafa|Moustafa|Mostafa=مصطفى; Othmane|Othman|Osman|Otmane=عثمان;
  Walid|Oualid|Waleed=وليد; Tarik|Tariq|Tarek=طارق; Bilal|Belal=بلال; Anas|Anass=أنس;
  Zakaria|Zakariya|Zakariae=زكرياء; Driss|Idriss|Idris=إدريس; Jamal|Gamal|Djamel=جمال;
  Noureddine|Nour El Din|Nuruddin|Nour Eddine=نور الدين; Ali=علي; Hussein|Hussain|Houcine|Husayn=حسين;
  Mahmoud|Mahmud=محمود; Ibrahim|Brahim|Ebrahim=إبراهيم; Abdallah|Abdullah|Abdellah=عبد الله;
  Yassine|Yasin|Yacine=ياسين; Soufiane|Sufyan|Sofiane=سفيان; Adil|Adel=عادل; Nabil|Nabeel=نبيل;
  Haitham|Haytham|Heitham=هيثم; Saif|Seif|Sayf=سيف; Mounir|Munir|Moneer=منير; Fouad|Fuad=فؤاد;
  Amine|Amin|Ameen=أمين; Kadhim|Kazem|Kadhem=كاظم; Abbas=عباس; Sami|Samy=سامي; Zaid|Zayd|Zeid=زيد`);

const ARABIC_FEMALE = parse(`
  Fatima|Fatma|Fatimah|Fadma=فاطمة; Khadija|Khadidja|Khadeeja=خديجة; Aicha|Aisha|Aïcha|Aysha=عائشة;
  Zineb|Zainab|Zaynab|Zeinab=زينب; Meryem|Maryam|Mariam=مريم; Salma=سلمى; Nadia|Nadya=نادية;
  Samira|Sameera=سميرة; Hanane|Hanan=حنان; Souad|Suad=سعاد; Noura|Nora|Nura=نورة; Hajar|Hagar=هاجر;
  Imane|Iman|Eman=إيمان; Asmaa|Asma=أسماء; Leila|Layla|Laila=ليلى; Amina|Aminah|Ameena=أمينة;
  Yasmine|Yasmin|Yassmine=ياسمين; Rania|Raniya=رانيا; Hiba|Heba=هبة; Sara|Sarah=سارة;
  Karima|Kareema=كريمة; Latifa|Latifah=لطيفة; Malak=ملاك; Dina|Dena=دينا; Nour|Noor|Nur=نور;
  Rim|Reem=ريم; Wafa|Ouafa=وفاء; Ghizlane|Ghizlan=غزلان; Hala=هالة; Rasha|Racha=رشا; Doaa|Duaa=دعاء`);

const ARABIC_FAMILY: Record<string, NameEntry[]> = {
  MA: parse(`
    El Amrani|Elamrani|Al-Amrani|Amrani=العمراني; El Idrissi|Idrissi|Al-Idrisi|Elidrissi=الإدريسي;
    Benali|Ben Ali|Bin Ali=بن علي; Bennani|Benani=بناني; El Alaoui|Alaoui|Al-Alawi=العلوي; Tazi=التازي;
    Berrada=برادة; Chraibi|Chraïbi=الشرايبي; El Fassi|Fassi|Al-Fasi=الفاسي; Ouazzani|Wazzani=الوزاني;
    Bouzid|Bouzide=بوزيد; Ait Ali|Aït Ali=آيت علي; El Mansouri|Mansouri|Al-Mansouri=المنصوري;
    Benjelloun|Ben Jelloun=بنجلون; Lahlou=لحلو; El Ouafi|Elouafi|Al-Wafi=الوافي; Naciri|Nasiri=الناصري;
    Zerouali|Zarwali=الزروالي; Belhaj|Bel Haj|Belhadj=بلحاج; Kabbaj=القباج; Sekkat=السقاط`),
  TN: parse(`
    Trabelsi|Ben Trabelsi|Al-Trabelsi=الطرابلسي; Jendoubi=الجندوبي; Gharbi|El Gharbi=الغربي; Mejri=الماجري;
    Ayari|Ayyari=العياري; Hammami|Al-Hammami|Hamami=الحمامي; Ben Youssef|Benyoussef|Ben Yousef=بن يوسف;
    Bouazizi|Bouazzizi=البوعزيزي; Ben Salah|Bensalah|Bin Saleh=بن صالح; Dridi=الدريدي; Sassi=ساسي;
    Chebbi|Chabbi=الشابي; Riahi|Rihahi=الرياحي; Jlassi=الجلاصي; Khelifi|Khalifi=الخليفي; Mathlouthi=المثلوثي;
    Ben Ammar|Benammar=بن عمار; Ferchichi=الفرشيشي; Zouari|Zwari=الزواري; Baccouche|Bakkouch=بكوش`),
  EG: parse(`
    El-Masry|Masri|Al-Masri|Elmasry=المصري; Abdel Fattah|Abdelfattah|Abd al-Fattah=عبد الفتاح;
    Mahmoud|Mahmud=محمود; El-Sayed|Elsayed|Al-Sayyid|Sayed=السيد; Shehata|Shihata=شحاتة; Ragab|Rajab=رجب;
    Gomaa|Jumaa|Gumaa=جمعة; Hegazy|Hijazi|Hegazi=حجازي; Tawfik|Tawfiq|Toufik=توفيق; Mostafa|Mustafa=مصطفى;
    Abdel Aziz|Abdelaziz|Abdulaziz=عبد العزيز; Fathy|Fathi=فتحي; Ashour|Ashur|Achour=عاشور;
    El-Sharkawy|Sharqawi|Al-Sharqawi=الشرقاوي; Soliman|Suleiman|Sulayman=سليمان; Ibrahim=إبراهيم;
    Farag|Faraj=فرج; Hamdy|Hamdi=حمدي; Salem|Salim=سالم; Abou Zeid|Abu Zaid|Abuzaid=أبو زيد; Hassan|Hasan=حسن`),
  IQ: parse(`
    Al-Jubouri|Jubouri|Al-Juburi|Aljubouri=الجبوري; Al-Tamimi|Tamimi|Al Tamimi=التميمي;
    Al-Obaidi|Obaidi|Al-Ubaydi=العبيدي; Al-Dulaimi|Dulaimi|Al-Dulaymi=الدليمي; Al-Shammari|Shammari=الشمري;
    Al-Saadi|Saadi|Al-Sadi=الساعدي; Al-Rubaie|Rubaie|Al-Rubai=الربيعي; Al-Khafaji|Khafaji=الخفاجي;
    Al-Bayati|Bayati=البياتي; Al-Hashimi|Hashimi|Al-Hashemi=الهاشمي; Al-Maliki|Maliki=المالكي;
    Kadhim|Kazem|Kadhem=كاظم; Jasim|Jassim|Jasem=جاسم; Hamid|Hameed=حميد; Abdullah|Abdallah=عبد الله;
    Al-Zubaidi|Zubaidi|Al-Zubaydi=الزبيدي; Al-Ani|Ani=العاني; Mahdi|Mehdi=مهدي; Salih|Saleh=صالح`),
  JO: parse(`
    Al-Zoubi|Zoubi|Al-Zubi|Alzoubi=الزعبي; Al-Khatib|Khatib|El Khatib=الخطيب; Obeidat|Ubaidat=عبيدات;
    Al-Majali|Majali=المجالي; Haddad|Al-Haddad=الحداد; Nasser|Nasir|Naser=ناصر; Qasim|Kassem|Qassem=قاسم;
    Abu Zaid|Abuzaid|Abou Zeid=أبو زيد; Al-Masri|Masri|El-Masry=المصري; Al-Rawashdeh|Rawashdeh=الرواشدة;
    Bani Hani|Banihani=بني هاني; Al-Momani|Momani|Al-Mumani=المومني; Al-Saleh|Saleh=الصالح;
    Abu Ghazaleh|Abughazaleh=أبو غزالة; Tarawneh|Al-Tarawneh=الطراونة; Al-Shawabkeh|Shawabkeh=الشوابكة`),
};

const URDU = {
  male: parse(`
    Muhammad|Mohammad|Muhammed|Mohammed=محمد; Ali=علی; Ahmed|Ahmad=احمد; Imran|Imraan=عمران; Bilal=بلال;
    Usman|Osman|Uthman=عثمان; Hamza|Hamzah=حمزہ; Zubair|Zubayr=زبیر; Faisal|Faysal=فیصل; Asif|Aasif=آصف;
    Tariq|Tarik=طارق; Shahid|Shahed=شاہد; Kamran|Kamraan=کامران; Waqas|Waqaas=وقاص; Adnan=عدنان;
    Naveed|Navid=نوید; Parvez|Pervez|Parwez=پرویز; Javed|Javaid|Jawed=جاوید; Zeeshan|Zishan=ذیشان;
    Arslan=ارسلان; Rizwan|Rizwaan=رضوان; Abdul Rehman|Abdur Rahman|Abdulrehman=عبدالرحمن; Umar|Omar=عمر;
    Saqib|Saqeb=ثاقب; Fahad|Fahd=فہد; Nadeem|Nadim=ندیم; Khurram|Khuram=خرم`),
  female: parse(`
    Ayesha|Aisha|Aysha=عائشہ; Fatima|Fatimah=فاطمہ; Sana|Sanaa=ثناء; Hina|Heena=حنا; Saima|Saimah=صائمہ;
    Nazia|Naziya=نازیہ; Rabia|Rabiya=رابعہ; Amna|Amina=آمنہ; Mehwish|Mahwish=مہوش; Sadia|Saadia=سعدیہ;
    Farah|Fara=فرح; Bushra=بشری; Iqra|Ikra=اقرا; Zainab|Zaynab=زینب; Kiran|Kiren=کرن; Maryam|Mariam=مریم`),
  family: parse(`
    Khan|Khaan=خان; Ahmed|Ahmad=احمد; Hussain|Hussein|Husain=حسین; Malik|Malick=ملک; Butt|Bhatt=بٹ;
    Chaudhry|Chaudhary|Choudhury=چوہدری; Qureshi|Quraishi|Qureshy=قریشی; Sheikh|Shaikh|Shaykh=شیخ;
    Raja=راجہ; Bhatti|Batti=بھٹی; Awan|Awaan=اعوان; Siddiqui|Siddiqi|Sadiqi=صدیقی; Abbasi|Abbasy=عباسی;
    Mirza=مرزا; Iqbal|Ikbal=اقبال; Aslam|Aslaam=اسلم; Rana=رانا; Shah=شاہ; Gondal=گوندل; Cheema|Chima=چیمہ;
    Mughal|Moghal=مغل; Akhtar|Akhter=اختر; Nawaz|Nawaaz=نواز; Rehman|Rahman=رحمان`),
};

const AKAN = {
  male: parse(`
    Kwame|Kwami; Kofi; Kwaku|Kweku; Kwabena|Kobina|Kwabina; Kwasi|Kwesi; Yaw; Kojo|Kodjo|Kwadwo; Kwadjo;
    Emmanuel; Samuel; Isaac; Ebenezer; Prince; Richard; Eric; Daniel; Michael; Ibrahim; Mohammed|Muhammad;
    Francis; Joseph; Stephen; Nana; Fiifi; Ekow`),
  female: parse(`
    Akosua; Ama; Abena|Abenaa; Adwoa|Adjoa|Adjowa; Afua|Efua|Afia; Akua|Akuah; Yaa; Esi|Essi; Grace; Mercy;
    Comfort; Gifty; Abigail; Priscilla; Felicia; Patience; Rita; Joyce; Adjoa; Aba|Araba; Ekua`),
  family: parse(`
    Mensah|Mensa; Owusu; Asante|Asanti; Boateng|Boatang; Osei; Agyeman|Agyemang; Appiah|Apia;
    Acheampong|Achiampong; Ofori; Amoah|Amoa; Darko; Addo|Ado; Quaye|Quaye; Tetteh|Teteh; Antwi; Opoku;
    Frimpong; Nkrumah|Nkruma; Asamoah|Asamoa; Danso; Adjei|Agyei; Ansah|Ansa; Sarpong; Kusi|Kusi; Gyamfi|Gyamfi;
    Bonsu; Annan|Anan; Quartey|Quarty; Amponsah|Amponsa; Yeboah|Yeboa`),
};

const NIGERIAN = {
  male: parse(`
    Oluwaseun|Seun; Olumide; Adebayo; Babatunde|Tunde; Oluwasegun|Segun; Ayodele; Ayodeji; Kehinde; Taiwo;
    Adewale; Oluwafemi|Femi; Gbenga; Musa|Moussa; Ibrahim; Abubakar|Abubakr|Aboubakar; Usman|Uthman;
    Aliyu|Aliu; Sani; Yusuf|Yusuff; Abdullahi|Abdulahi; Chinedu; Chukwuemeka|Emeka; Obinna|Obina;
    Ikenna|Ikena; Chidi; Uchenna|Uche; Nnamdi|Namdi; Kelechi; Chukwudi; John; Samuel; Daniel; Godwin; Peter;
    Joseph; Emmanuel; Osaro; Efosa|Efossa; Osagie`),
  female: parse(`
    Funmilayo|Funmi; Folake|Folakemi; Adaeze; Ngozi|Ngozie; Chioma; Chiamaka; Nneka|Neka; Amaka; Ifeoma;
    Aisha|Aishatu|Ayesha; Fatima|Fatimah|Fatimatu; Zainab|Zainabu; Hauwa|Hawa; Hadiza|Hadizah; Blessing;
    Joy; Mercy; Precious; Esther; Grace; Yetunde; Bukola; Omolara; Temitope; Osas; Eghosa; Efe`),
  family: parse(`
    Okafor; Okonkwo; Eze|Ezeh; Nwosu; Obi|Obih; Okeke; Chukwu; Adeyemi; Adebayo; Ogunleye; Balogun;
    Olawale; Afolabi; Adeleke; Ibrahim; Bello|Belo; Abubakar|Aboubakar; Mohammed|Muhammad|Mohammad;
    Usman|Uthman; Yusuf|Yusuff; Danjuma; Okoro; Igwe; Ekpo; Osagie; Omoregie; Igbinedion; Aigbe; Ehigiator;
    Okoye; Nwachukwu|Nwachukwu; Oyelaran; Lawal|Lawan; Suleiman|Sulaiman; Garba`),
};

const INDONESIAN = {
  male: parse(`
    Budi; Agus|Agoes; Adi; Andi|Andy; Eko; Joko|Djoko; Slamet|Selamet; Wahyu|Wahyoe; Hendra; Rizky|Rizki|Riski;
    Dedi|Dedy; Bambang; Yusuf|Yusup; Muhammad|Muhamad|Mohammad; Ahmad|Achmad; Sutrisno|Soetrisno; Iwan;
    Dwi; Arif|Arief; Fajar; Hadi; Irfan; Heri|Hery; Supriyadi|Suprijadi; Taufik|Taufiq; Rahmat|Rachmat`),
  female: parse(`
    Siti; Sri; Dewi; Nur|Noer; Nurhaliza|Nur Haliza; Rina; Yuni|Yuniarti; Wulan; Putri|Putry; Ayu;
    Rahmawati|Rachmawati; Lestari; Fitri|Fitriani; Indah; Aisyah|Aisah|Aisya; Ratna; Kartini; Endang;
    Nurul; Susanti|Soesanti; Wati; Yanti|Jantie`),
  family: parse(`
    Saputra|Saputro; Wijaya|Widjaja|Wijaja; Pratama; Santoso|Santosa; Susanto|Soesanto; Hidayat|Hidajat;
    Setiawan|Setiyawan; Kusuma|Kusumah; Nugroho|Nugraha; Siregar; Simanjuntak; Hasibuan; Purnomo;
    Rahman|Rachman; Gunawan; Wibowo; Lubis; Suryadi|Soeryadi; Hartono; Sari; Handayani; Ningsih`),
};

const ALBANIAN = {
  male: parse(`
    Arben; Besnik; Driton|Dritan; Ilir; Agron; Fatmir; Gentian|Genti; Erion; Klodian; Arlind; Blerim; Valon;
    Bujar; Ardit; Endrit; Fisnik; Labinot; Arbër|Arber; Mërgim|Mergim; Florian|Florjan; Luan; Petrit; Shpëtim|Shpetim`),
  female: parse(`
    Arta; Blerta; Drita; Elira; Vjosa|Vjosë; Mimoza; Teuta; Albana; Fjolla|Fjola; Besa; Lindita; Lirije;
    Donika; Shqipe|Shqipja; Elona; Ardita; Jehona; Valbona; Mirela|Mirella`),
  family: parse(`
    Hoxha|Hoxhaj|Hodža; Krasniqi|Krasnici; Berisha|Berishaj; Gashi|Gashaj; Shala|Shalaj; Morina; Kelmendi;
    Bytyqi|Bytyci; Hasani|Hasanaj; Rexhepi|Redžepi|Rexhaj; Leka|Lekaj; Dervishi|Dervishaj; Kola|Kolaj;
    Çela|Cela|Çelaj; Shehu|Sehu; Muça|Muca; Basha|Bashaj; Dushku; Kastrati; Zeqiri|Zekiri; Ahmeti|Ahmetaj`),
};

// Serbian Latin; the Cyrillic and the ASCII spellings are derived.
const SERBIAN_LATIN = {
  male: 'Nikola; Marko; Stefan; Miloš; Aleksandar; Nemanja; Dušan; Đorđe; Luka; Vuk; Jovan; Milan; Dragan; Zoran; Bojan; Ivan; Dejan; Goran; Nenad; Vladimir',
  female:
    'Milica; Jelena; Ana; Marija; Jovana; Ivana; Dragana; Snežana; Tijana; Katarina; Teodora; Sanja; Nataša; Ljiljana; Biljana; Danijela',
  family:
    'Jovanović; Petrović; Nikolić; Marković; Đorđević; Stojanović; Ilić; Stanković; Pavlović; Milošević; Popović; Savić; Kostić; Živković; Todorović; Ristić; Lazić; Mitrović; Simić; Ðurić; Kovačević; Radovanović',
};

const WEST_AFRICAN = {
  male: parse(`
    Mamadou|Mamadu|Mohamadou; Moussa|Musa; Ousmane|Ousman|Usman; Ibrahima|Ebrima|Ibrahim;
    Abdoulaye|Abdoulie|Abdulai; Cheikh|Sheikh|Cheick; Modou|Modu; Lamine|Lamin; Aliou|Alieu|Aliyu;
    Pape|Papa; Babacar|Babucarr|Bubacarr; Oumar|Omar|Umar; Saliou|Saliu; Malick|Malik;
    Ousainou|Ousaynou; Souleymane|Sulayman|Suleiman; Demba; Samba; Amadou|Ahmadou|Amadu; Bakary|Bakari|Bakarr;
    Ebou|Ebu; Serigne|Sering; Momodou|Momadou`),
  female: parse(`
    Fatou|Fatu; Fatoumata|Fatoumatta|Fatimata; Awa|Hawa; Aminata|Aminatta|Aminatou; Mariama|Mariam|Maryama;
    Khady|Khadi|Khadija; Ndeye|Ndey|Ndèye; Aissatou|Isatou|Aisatou; Rokhaya|Roqaya; Binta|Bintou;
    Coumba|Kumba; Adama; Haddy|Hadi; Sainabou|Zeinabou; Oumou|Umu; Kadiatou|Kadijatou; Mame; Astou|Asstou`),
  family: parse(`
    Diallo|Jallow|Jalloh; Ndiaye|N'Diaye|Njie; Diop|Jobe; Fall|Fal; Sow|Sowe; Ba|Bah; Sarr|Sar; Faye|Fye;
    Gueye|Gaye|Guèye; Touré|Toure|Touray; Cissé|Cisse|Ceesay|Sise; Camara|Kamara; Diouf|Jouf; Sylla|Sillah|Silla;
    Mbaye|M'Baye|Mbye; Sanneh|Sané|Sane; Drammeh|Dramé|Drame; Darboe|Darbo; Bojang|Bodian; Jammeh|Diame;
    Manneh|Mané|Mane; Seck|Secka; Senghor|Senghore; Badjie|Badji; Colley|Coly`),
};

const CYRILLIC: Record<string, string> = {
  lj: 'љ',
  nj: 'њ',
  dž: 'џ',
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  ž: 'ж',
  z: 'з',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  ć: 'ћ',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  č: 'ч',
  š: 'ш',
};

export function toSerbianCyrillic(latin: string): string {
  let out = '';
  const lower = latin.normalize('NFC').replace(/Ð/g, 'Đ');
  for (let i = 0; i < lower.length; i++) {
    const two = lower.slice(i, i + 2);
    const isUpper = two[0] !== two[0]?.toLowerCase();
    const digraph = CYRILLIC[two.toLowerCase()];
    const letter = digraph ?? CYRILLIC[(lower[i] ?? '').toLowerCase()] ?? lower[i] ?? '';
    if (digraph) i++;
    out += isUpper ? letter.toUpperCase() : letter;
  }
  return out;
}

const serbian = (list: string): NameEntry[] =>
  list
    .split(';')
    .map((n) => n.trim().replace(/Ð/g, 'Đ'))
    .filter(Boolean)
    .map((name) => {
      const ascii = name
        .replace(/Đ/g, 'Dj')
        .replace(/đ/g, 'dj')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
      const bare = name
        .replace(/Đ/g, 'D')
        .replace(/đ/g, 'd')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
      return { forms: [...new Set([name, ascii, bare])], script: toSerbianCyrillic(name) };
    });

const SERBIAN: NamePool = {
  male: serbian(SERBIAN_LATIN.male),
  female: serbian(SERBIAN_LATIN.female),
  family: serbian(SERBIAN_LATIN.family),
};

const arabicPool = (country: string): NamePool => ({
  male: ARABIC_MALE,
  female: ARABIC_FEMALE,
  family: ARABIC_FAMILY[country] ?? [],
});

export type CountryNaming = {
  pool: NamePool;
  /** Share of records that also hold the name in the original script. */
  scriptShare: number;
  /** Share of people recorded with a middle name (father's name in Iraq, Egypt, Jordan). */
  middleShare: number;
  /** Share of people with one name only (common in Indonesia). */
  singleNameShare: number;
  /** Another pool some people of the country are named from (Serbs in Kosovo, Hausa in Ghana). */
  minority?: { pool: NamePool; share: number; scriptShare: number };
  /** English-style spellings first (Gambia: Jallow, Ebrima, Ceesay rather than Diallo, Ibrahima, Cissé). */
  prefersLastForm?: boolean;
};

export const NAMING: Record<string, CountryNaming> = {
  MA: { pool: arabicPool('MA'), scriptShare: 0.6, middleShare: 0.05, singleNameShare: 0 },
  TN: { pool: arabicPool('TN'), scriptShare: 0.6, middleShare: 0.1, singleNameShare: 0 },
  EG: { pool: arabicPool('EG'), scriptShare: 0.75, middleShare: 0.6, singleNameShare: 0 },
  IQ: { pool: arabicPool('IQ'), scriptShare: 0.8, middleShare: 0.7, singleNameShare: 0 },
  JO: { pool: arabicPool('JO'), scriptShare: 0.75, middleShare: 0.5, singleNameShare: 0 },
  PK: { pool: URDU, scriptShare: 0.5, middleShare: 0.15, singleNameShare: 0.02 },
  GH: { pool: AKAN, scriptShare: 0, middleShare: 0.3, singleNameShare: 0 },
  NG: { pool: NIGERIAN, scriptShare: 0, middleShare: 0.45, singleNameShare: 0 },
  ID: { pool: INDONESIAN, scriptShare: 0, middleShare: 0.1, singleNameShare: 0.4 },
  AL: { pool: ALBANIAN, scriptShare: 0, middleShare: 0.2, singleNameShare: 0 },
  XK: {
    pool: ALBANIAN,
    scriptShare: 0,
    middleShare: 0.2,
    singleNameShare: 0,
    minority: { pool: SERBIAN, share: 0.1, scriptShare: 0.6 },
  },
  RS: { pool: SERBIAN, scriptShare: 0.5, middleShare: 0.05, singleNameShare: 0 },
  SN: { pool: WEST_AFRICAN, scriptShare: 0, middleShare: 0.25, singleNameShare: 0 },
  GM: { pool: WEST_AFRICAN, scriptShare: 0, middleShare: 0.3, singleNameShare: 0, prefersLastForm: true },
};
