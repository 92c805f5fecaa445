import { distinct, type MatchPair, person as p, scripted as s, same } from './match-pairs.helpers.js';
import { HOLDOUT_MATCH_PAIRS } from './match-pairs.holdout.fixture.js';

// Tuning part of the labelled table (the matcher's weights were adjusted against these pairs).
// Labels follow what a counsellor would decide: same person when the names are spellings of one
// name and nothing conflicts; different people when a date of birth, sex or a name part disagrees.
export const TUNING_MATCH_PAIRS: MatchPair[] = [
  // ===== same person =====
  // Morocco
  same(
    p('Mohamed', 'Benjelloun', { dob: '1984-03-12' }),
    p('Muhammad', 'Benjelloun', { dob: '1984-03-12' }),
    'MA: Mohamed/Muhammad',
  ),
  same(
    p('Mohammed', 'Tazi', { dob: '1990-07-07' }),
    s('محمد التازي', { dob: '1990-07-07' }),
    'MA: script, al- attached',
  ),
  same(
    p('Abdelkader', 'Chraibi', { dob: '1979-02-01' }),
    p('Abd al-Qadir', 'Chraibi', { dob: '1979-02-01' }),
    'MA: Abdelkader/Abd al-Qadir',
  ),
  same(
    p('Khadija', 'El Idrissi', { dob: '1993-06-21' }),
    p('Khadija', 'Idrissi', { dob: 'y1993' }),
    'MA: el- dropped, year',
  ),
  same(
    p('Aicha', 'Bouzid', { dob: '1996-10-03' }),
    p('Aisha', 'Bouzid', { dob: '1996-10-03' }),
    'MA: French ch for sh',
  ),
  same(
    p('Brahim', 'Ait Ouali', { dob: '1981-01-01' }),
    p('Ibrahim', 'Aitouali', { dob: '1981-01-01' }),
    'MA: Brahim/Ibrahim, Ait joined',
  ),
  same(
    p('Rachid', 'Alaoui', { dob: '1975-05-25' }),
    p('Rashid', 'Alaoui', { dob: '1975-05-25' }),
    'MA: ch/sh',
  ),
  same(
    p('Said', 'Ouchen', { dob: '1988-04-04', phone: '+212661234567' }),
    p('Saïd', 'Ouchen', { phone: '+212661234567' }),
    'MA: diaeresis, phone',
  ),
  same(
    p('Noureddine', 'Lahlou', { dob: '1970-09-30' }),
    p('Nour Eddine', 'Lahlou', { dob: '1970-09-30' }),
    'MA: split compound',
  ),
  same(
    p('Salaheddine', 'Amrani', { dob: '1999-12-12' }),
    p('Salah al-Din', 'Amrani', { dob: '1999-12-12' }),
    'MA: sun-letter assimilation',
  ),
  same(
    p('Zineb', 'Berrada', { dob: '1994-01-17' }),
    p('Zainab', 'Berrada', { dob: '1994-01-17' }),
    'MA: Zineb/Zainab',
  ),
  same(
    p('Hicham', 'Naciri', { dob: '1986-08-08' }),
    s('هشام الناصري', { dob: '1986-08-08' }),
    'MA: script, c for s',
  ),
  // Tunisia
  same(
    p('Mohamed Ali', 'Ben Romdhane', { dob: '1989-03-15' }),
    p('Mohamed Ali', 'Benromdhane', { dob: '1989-03-15' }),
    'TN: Ben joined',
  ),
  same(
    p('Hichem', 'Gharbi', { dob: '1983-11-02' }),
    p('Hisham', 'Gharbi', { dob: '1983-11-02' }),
    'TN: Hichem/Hisham',
  ),
  same(p('Chokri', 'Mejri', { dob: '1978-07-19' }), s('شكري الماجري', { dob: '1978-07-19' }), 'TN: script'),
  same(
    p('Amel', 'Khemiri', { dob: '1991-05-05' }),
    p('Amal', 'Khmiri', { dob: '1991-05-05' }),
    'TN: vowel drop',
  ),
  same(
    p('Walid', 'Ben Ammar', { dob: '1985-02-22' }),
    p('Oualid', 'Benammar', { dob: '1985-02-22' }),
    'TN: French ou for w',
  ),
  same(
    p('Mehdi', 'Jendoubi', { phone: '+21622334455' }),
    p('Mahdi', 'Jandoubi', { phone: '+21622334455' }),
    'TN: vowels, phone',
  ),
  same(
    p('Faten', 'Hammami', { dob: '1997-03-03' }),
    p('Hammami', 'Faten', { dob: '1997-03-03' }),
    'TN: swapped',
  ),
  // Egypt
  same(
    p('Mohamed', 'Abdel Hamid', { dob: '1980-12-01' }),
    p('Mohammed', 'Abdulhamid', { dob: '1980-12-01' }),
    'EG: abd particle',
  ),
  same(
    p('Gamal', 'Abdel Nasser', { dob: '1972-01-15' }),
    p('Jamal', 'Abd al-Nasir', { dob: '1972-01-15' }),
    'EG: g/j, abd',
  ),
  same(
    p('Hagar', 'Mostafa', { dob: '1995-02-10' }),
    p('Hajar', 'Mustafa', { dob: '1995-02-10' }),
    'EG: g/j, o/u',
  ),
  same(
    p('Mahmoud', 'Abdel Aal', { dob: '1968-04-16' }),
    s('محمود عبد العال', { dob: '1968-04-16' }),
    'EG: script with ayn',
  ),
  same(p('Amr', 'Diab', { dob: '1976-10-11' }), p('Amr', 'Dyab', { dob: '1976-10-11' }), 'EG: i/y'),
  same(
    p('Aly', 'Farouk', { dob: '1990-06-06' }),
    p('Ali', 'Farouq', { dob: '1990-06-06' }),
    'EG: Aly/Ali, q/k',
  ),
  same(
    p('Naguib', 'Sawiris', { dob: '1955-06-17' }),
    p('Naguib', 'Sawiris', { dob: 'y1955' }),
    'EG: exact vs year',
  ),
  same(
    p('Shaimaa', 'Abdel Rahim', { dob: '1992-09-09' }),
    p('Shaymaa', 'Abdelrahim', { dob: '1992-09-09' }),
    'EG: ai/ay',
  ),
  same(
    p('Ahmed', 'El-Sayed', { dob: '1985-09-25' }),
    p('Ahmed', 'Elsayed', { dob: '1985-09-25' }),
    'EG: hyphen joined',
  ),
  // Iraq
  same(p('Ali', 'Al-Maliki', { dob: '1982-07-07' }), s('علي المالكي', { dob: '1982-07-07' }), 'IQ: script'),
  same(
    p('Hussein', 'Al-Saadi', { dob: '1987-01-30' }),
    p('Husain', 'Saadi', { dob: '1987-01-30' }),
    'IQ: Hussein/Husain',
  ),
  same(
    p('Ammar', 'Jawad', { dob: '1990-03-03' }),
    p('Amar', 'Jawwad', { dob: '1990-03-03' }),
    'IQ: doubled letters',
  ),
  same(
    p('Muthanna', 'Khalaf', { dob: '1980-05-05' }),
    p('Mothana', 'Khalaf', { dob: '1980-05-05' }),
    'IQ: th, doubles',
  ),
  same(
    p('Qasim', 'Obaid', { dob: '1979-08-08' }),
    p('Kassem', 'Ubaid', { dob: '1979-08-08' }),
    'IQ: q/k, o/u',
  ),
  same(
    p('Noor', 'Al-Hashimi', { dob: '1999-11-11' }),
    p('Nour', 'Hashimi', { dob: '1999-11-11' }),
    'IQ: oo/ou',
  ),
  same(p('Abbas', 'Fadhil', { dob: '1974-02-02' }), p('Abbas', 'Fadel', { dob: '1974-02-02' }), 'IQ: dh/d'),
  same(
    p('Sajjad', 'Kareem', { phone: '+9647801112233' }),
    p('Sajad', 'Karim', { phone: '+9647801112233' }),
    'IQ: phone only',
  ),
  // Pakistan
  same(
    p('Muhammad', 'Ahmed', { middle: 'Bilal', dob: '1993-04-14' }),
    p('Muhammad Bilal', 'Ahmad', { dob: '1993-04-14' }),
    'PK: middle in given',
  ),
  same(
    p('Nooruddin', 'Sheikh', { dob: '1970-10-10' }),
    p('Noor-ud-Din', 'Shaikh', { dob: '1970-10-10' }),
    'PK: ud particle',
  ),
  same(p('Asif', 'Iqbal', { dob: '1985-12-25' }), s('آصف اقبال', { dob: '1985-12-25' }), 'PK: Urdu script'),
  same(
    p('Shahid', 'Afridi', { dob: '1980-03-01' }),
    s('شاہد آفریدی', { dob: '1980-03-01' }),
    'PK: Urdu heh goal and yeh',
  ),
  same(
    p('Parvez', 'Musharraf', { dob: '1943-08-11' }),
    p('Pervaiz', 'Musharaf', { dob: '1943-08-11' }),
    'PK: v/w, ai',
  ),
  same(
    p('Fatima', 'Jinnah', { dob: '1993-07-31' }),
    p('Fatimah', 'Jinnah', { dob: '1993-07-31' }),
    'PK: final h',
  ),
  same(p('Rehman', 'Malik', { dob: '1951-12-12' }), p('Rahman', 'Malik', { dob: '1951-12-12' }), 'PK: e/a'),
  same(
    p('Abdur Rehman', 'Qureshi', { dob: '1989-05-18' }),
    p('Abdul Rahman', 'Qureshi', { dob: '1989-05-18' }),
    'PK: ur/ul',
  ),
  same(
    p('Sana', 'Bhatti', { dob: '2000-01-01', phone: '+923211112222' }),
    p('Sana', 'Batti', { phone: '+923211112222' }),
    'PK: aspirate bh',
  ),
  same(
    p('Waqar', 'Younis', { dob: '1971-11-16' }),
    p('Waqar', 'Yunus', { dob: '1971-11-16' }),
    'PK: Younis/Yunus',
  ),
  // Ghana
  same(p('Kofi', 'Annan', { dob: '1988-04-08' }), p('Kofi', 'Anan', { dob: '1988-04-08' }), 'GH: doubles'),
  same(
    p('Akosua', 'Boateng', { dob: '1995-05-05' }),
    p('Akosua', 'Boateng', { dob: '~1994' }),
    'GH: estimated year',
  ),
  same(
    p('Yaw', 'Osei', { middle: 'Kwadwo', dob: '1990-09-09' }),
    p('Yaw', 'Osei', { dob: '1990-09-09' }),
    'GH: missing middle',
  ),
  same(
    p('Abdul-Rahim', 'Sulemana', { dob: '1985-06-15' }),
    p('Abdulrahim', 'Suleimana', { dob: '1985-06-15' }),
    'GH: hyphen, ei',
  ),
  same(
    p('Efua', 'Agyeman', { dob: '1992-12-12' }),
    p('Agyeman', 'Efua', { dob: '1992-12-12' }),
    'GH: swapped',
  ),
  same(
    p('Nana Ama', 'Asantewaa', { dob: '1977-03-06' }),
    p('Nana', 'Asantewa', { middle: 'Ama', dob: '1977-03-06' }),
    'GH: given/middle split',
  ),
  same(
    p('Mohammed', 'Awal', { dob: '1983-01-20' }),
    p('Mohamed', 'Awal', { dob: '1983-01-20', sex: 'male' }),
    'GH: Mohammed/Mohamed',
  ),
  // Nigeria
  same(
    p('Olumide', 'Adebayo', { dob: '1990-02-14' }),
    p('Olumide', 'Adebayo', { dob: '1990-02-14', phone: '+2348021112233' }),
    'NG: identical',
  ),
  same(
    p('Ngozi', 'Okafor', { dob: '1986-05-05' }),
    p('Ngozi', 'Okafor', { dob: '1986-05-05', aliases: ['Ngozi Chukwu'] }),
    'NG: alias',
  ),
  same(
    p('Aminu', 'Abdullahi', { dob: '1979-12-12' }),
    p('Aminu', 'Abdallah', { dob: '1979-12-12' }),
    'NG: Abdullahi/Abdallah',
  ),
  same(
    p('Musa', 'Danjuma', { dob: '1994-04-04' }),
    p('Moussa', 'Dan Juma', { dob: '1994-04-04' }),
    'NG: ou, split',
  ),
  same(
    p('Oluwafemi', 'Ogunleye', { dob: '1988-08-28' }),
    p('Oluwafemi', 'Ogunleye', { dob: '1988-28-08' }),
    'NG: day/month swapped typo',
  ),
  same(
    p('Chiamaka', 'Nwosu', { dob: '1997-07-17' }),
    p('Chiamaka', 'Nwosu', { dob: '1997-07-17' }),
    'NG: same',
  ),
  same(
    p('Usman', 'Dikko', { dob: '1982-03-22' }),
    p('Othman', 'Diko', { dob: '1982-03-22' }),
    'NG: Usman/Othman',
  ),
  same(p('Adaeze', 'Eze', { dob: '1999-01-09' }), p('Adaeze', 'Ezeh', { dob: '1999-01-09' }), 'NG: final h'),
  same(
    p('Babatunde', 'Fashola', { dob: '1963-06-28' }),
    p('Babatunde', 'Fasola', { dob: '1963-06-28' }),
    'NG: ṣ/s (Yoruba sh)',
  ),
  // Jordan
  same(
    p('Abdullah', 'Al-Khatib', { dob: '1984-11-04' }),
    p('Abdallah', 'Khateeb', { dob: '1984-11-04' }),
    'JO: ee, al-',
  ),
  same(
    p('Layla', 'Qasem', { dob: '1993-09-23' }),
    p('Leila', 'Kasem', { dob: '1993-09-23' }),
    'JO: ay/ei, q/k',
  ),
  same(
    p('Omar', 'Zoubi', { dob: '1980-01-05' }),
    s('عمر الزعبي', { dob: '1980-01-05' }),
    'JO: script, sun letter',
  ),
  same(
    p('Tareq', 'Abu Ghazaleh', { dob: '1989-04-01' }),
    p('Tariq', 'Abughazala', { dob: '1989-04-01' }),
    'JO: Abu joined',
  ),
  same(
    p('Dana', 'Haddadin', { dob: '1996-06-01', phone: '+962795551234' }),
    p('Dana', 'Hadadeen', { phone: '+962795551234' }),
    'JO: ee, phone',
  ),
  // Indonesia
  same(
    p('Joko', 'Widodo', { dob: '1961-06-21' }),
    p('Djoko', 'Widodo', { dob: '1961-06-21' }),
    'ID: old dj spelling',
  ),
  same(
    p('Suharto', undefined, { dob: '1962-06-08' }),
    p('Soeharto', undefined, { dob: '1962-06-08' }),
    'ID: single name, oe',
  ),
  same(
    p('Aisyah', 'Putri', { dob: '2000-02-02' }),
    p('Aisya', 'Putri', { dob: '2000-02-02' }),
    'ID: final h',
  ),
  same(
    p('Muhammad', 'Rizki', { dob: '1998-09-01' }),
    p('Mohammad', 'Rizky', { dob: '1998-09-01' }),
    'ID: y/i',
  ),
  same(
    p('Nur', 'Hidayah', { dob: '1995-03-13' }),
    p('Nurhidayah', undefined, { dob: '1995-03-13' }),
    'ID: compound single name',
  ),
  same(
    p('Wahyudi', undefined, { dob: '1985-11-30', phone: '+628111223344' }),
    p('Wahyudi', undefined, { phone: '+628111223344' }),
    'ID: single name, phone',
  ),
  same(
    p('Syarifuddin', undefined, { dob: '1977-07-07' }),
    p('Sjarifuddin', undefined, { dob: '1977-07-07' }),
    'ID: sj old spelling',
  ),
  same(
    p('Dewi', 'Lestari', { dob: '1990-01-10' }),
    p('Lestari', 'Dewi', { dob: '1990-01-10' }),
    'ID: swapped',
  ),
  // Albania / Kosovo
  same(p('Arjeta', 'Hoxha', { dob: '1991-04-04' }), p('Arjeta', 'Hodja', { dob: '1991-04-04' }), 'AL: xh/dj'),
  same(
    p('Bekim', 'Dervishi', { dob: '1987-07-07' }),
    p('Bekim', 'Dervishaj', { dob: '1987-07-07', phone: '+355691234567' }),
    'AL: -i/-aj variant',
  ),
  same(p('Arbër', 'Shehu', { dob: '1994-10-10' }), p('Arber', 'Shehu', { dob: '1994-10-10' }), 'AL: ë'),
  same(p('Fatmir', 'Sejdiu', { dob: '1962-10-23' }), p('Fatmir', 'Sejdiu', { dob: 'y1962' }), 'XK: year'),
  same(p('Blerta', 'Thaçi', { dob: '1990-06-06' }), p('Blerta', 'Thaci', { dob: '1990-06-06' }), 'XK: ç'),
  same(
    p('Driton', 'Kuçi', { phone: '+38349111222' }),
    p('Kuci', 'Driton', { phone: '+38349111222' }),
    'XK: swapped, phone',
  ),
  // Gambia / Senegal
  same(
    p('Modou', 'Ceesay', { dob: '1993-08-08' }),
    p('Modou', 'Ceesay', { dob: '1993-08-08', sex: 'male' }),
    'GM: identical',
  ),
  same(
    p('Fatoumata', 'Jallow', { dob: '1998-02-20' }),
    p('Fatoumatta', 'Jalloh', { dob: '1998-02-20' }),
    'GM: doubles, h',
  ),
  same(
    p('Alieu', 'Bah', { dob: '1989-12-31' }),
    p('Aliou', 'Ba', { dob: '1989-12-31' }),
    'GM/SN: Alieu/Aliou, Bah/Ba',
  ),
  same(
    p('Ousmane', 'Sarr', { dob: '1986-01-26' }),
    p('Ousman', 'Sar', { dob: '1986-01-26' }),
    'SN: final e, doubles',
  ),
  same(p('Cheikh', 'Diouf', { dob: '1984-05-05' }), p('Sheikh', 'Diouf', { dob: '1984-05-05' }), 'SN: ch/sh'),
  same(
    p('Ndeye', 'Fall', { dob: '1999-03-09' }),
    p("N'Deye", 'Fall', { dob: '1999-03-09' }),
    'SN: apostrophe',
  ),
  same(
    p('Seydou', 'Diallo', { dob: '1991-11-19' }),
    p('Saidou', 'Diallo', { dob: '1991-11-19' }),
    'SN: ey/ai',
  ),
  same(
    p('Abdoulaye', 'Wade', { dob: '1986-05-29' }),
    p('Abdoulaye', 'Wade', { dob: '~1985' }),
    'SN: estimated',
  ),
  // Serbia
  same(p('Dušan', 'Ilić', { dob: '1983-05-05' }), s('Душан Илић', { dob: '1983-05-05' }), 'RS: Cyrillic'),
  same(
    p('Željko', 'Marković', { dob: '1975-01-01' }),
    p('Zeljko', 'Markovic', { dob: '1975-01-01' }),
    'RS: no diacritics',
  ),
  same(p('Ivana', 'Đurić', { dob: '1992-02-02' }), p('Ivana', 'Djuric', { dob: '1992-02-02' }), 'RS: Đ/Dj'),
  same(
    p('Aleksandar', 'Vučić', { dob: '1970-03-05' }),
    s('Александар Вучић', { dob: '1970-03-05' }),
    'RS: Cyrillic, č',
  ),
  same(
    p('Jelena', 'Savić', { dob: '1988-08-18' }),
    p('Jelena', 'Savic', { dob: '1988-08-18', aliases: ['Jelena Petrović'] }),
    'RS: alias maiden name',
  ),
  same(
    p('Nemanja', 'Stanković', { dob: '1993-04-04' }),
    p('Nemanja', 'Stankovich', { dob: '1993-04-04' }),
    'RS: English ch ending',
  ),
  // cross-country / documents
  same(
    p('Yousef', 'Hamdan', { idDocument: { type: 'passport', number: 'N1234567' } }),
    p('Youssef', 'Hamdane', { idDocument: { type: 'passport', number: 'n 123 4567' } }),
    'JO: id equal',
  ),
  same(
    s('يوسف', { dob: '1990-10-10' }),
    p('Yusuf', undefined, { dob: '1990-10-10' }),
    'single name across scripts',
  ),
  same(
    p('Mohammad', 'Khalil', { dob: '1991-01-01' }),
    p('Mohamad', 'Khalil', { dob: '1991-01-01' }),
    'LB-style Mohamad',
  ),

  // ===== different people =====
  distinct(
    p('Mohamed', 'Benjelloun', { dob: '1984-03-12' }),
    p('Mohamed', 'Benjelloun', { dob: '1962-08-30' }),
    'MA: father and son',
  ),
  distinct(
    p('Mohammed', 'Alami', { dob: '1990-01-01' }),
    p('Mohamed', 'Alami', { dob: '1993-06-15' }),
    'MA: common, different dob',
  ),
  distinct(
    p('Khadija', 'Idrissi', { dob: '1993-06-21' }),
    p('Khadija', 'Idrissi', { dob: '1995-02-02' }),
    'MA: different dob',
  ),
  distinct(
    p('Youssef', 'Alaoui', { dob: 'y1990' }),
    p('Youssef', 'Alaoui', { dob: 'y1978' }),
    'MA: years far apart',
  ),
  distinct(p('Rachid', 'Tazi'), p('Rachida', 'Tazi'), 'MA: Rachid/Rachida'),
  distinct(
    p('Hamza', 'Berrada', { dob: '1995-05-05' }),
    p('Hamid', 'Berrada', { dob: '1995-05-05' }),
    'MA: Hamza/Hamid twins',
  ),
  distinct(p('Said', 'Ouchen'), p('Saad', 'Ouchen'), 'MA: Said/Saad'),
  distinct(
    p('Abdelkader', 'Chraibi', { dob: '1979-02-01' }),
    p('Abdelkrim', 'Chraibi', { dob: '1983-02-01' }),
    'MA: abd names differ',
  ),
  distinct(
    p('Mohamed Ali', 'Ben Romdhane', { dob: '1989-03-15' }),
    p('Mohamed Ali', 'Ben Romdhane', { dob: '1979-11-03' }),
    'TN: different dob',
  ),
  distinct(
    p('Sami', 'Gharbi', { dob: '1983-11-02', sex: 'male' }),
    p('Samia', 'Gharbi', { dob: '1983-11-02', sex: 'female' }),
    'TN: Sami/Samia twins',
  ),
  distinct(
    p('Amel', 'Khemiri', { dob: '1991-05-05' }),
    p('Amal', 'Khemiri', { dob: '1968-10-10' }),
    'TN: mother/daughter',
  ),
  distinct(p('Walid', 'Ben Ammar'), p('Khaled', 'Ben Ammar'), 'TN: brothers'),
  distinct(
    p('Mehdi', 'Jendoubi', { phone: '+21622334455' }),
    p('Nizar', 'Jendoubi', { phone: '+21622334455' }),
    'TN: brothers share phone',
  ),
  distinct(
    p('Mohamed', 'Hassan', { dob: '1980-12-01' }),
    p('Mohamed', 'Hassan', { dob: '1980-02-17' }),
    'EG: same year',
  ),
  distinct(
    p('Mohamed', 'Abdel Hamid', { dob: '1980-12-01' }),
    p('Mahmoud', 'Abdel Hamid', { dob: '1980-12-01' }),
    'EG: Mohamed/Mahmoud twins',
  ),
  distinct(
    p('Ahmed', 'Mohamed', { dob: '1985-01-01' }),
    p('Mohamed', 'Ahmed', { dob: '1971-04-04' }),
    'EG: swapped common, different dob',
  ),
  distinct(
    p('Nour', 'Mostafa', { dob: '1995-02-10', sex: 'female' }),
    p('Nour', 'Mostafa', { dob: '1995-02-10', sex: 'male' }),
    'EG: unisex Nour, twins of different sex',
  ),
  distinct(p('Amr', 'Diab'), p('Omar', 'Diab'), 'EG: Amr is not Omar'),
  distinct(
    p('Shaimaa', 'Ahmed', { dob: '1992-09-09' }),
    p('Shaimaa', 'Ahmed', { dob: '1999-04-27' }),
    'EG: different dob',
  ),
  distinct(
    s('محمد حسن', { dob: '1980-01-01' }),
    p('Mohamed', 'Hassan', { dob: '1975-05-05' }),
    'EG: script, different dob',
  ),
  distinct(
    s('أحمد محمود', { dob: '1990-05-05' }),
    p('Ahmed', 'Mahmoud', { dob: '1970-02-02' }),
    'EG: script, different dob',
  ),
  distinct(
    p('Ali', 'Al-Maliki', { dob: '1982-07-07' }),
    p('Ali', 'Al-Maliki', { dob: '1958-01-01' }),
    'IQ: different generation',
  ),
  distinct(
    p('Hussein', 'Saadi', { dob: '1987-01-30' }),
    p('Hassan', 'Saadi', { dob: '1987-01-30' }),
    'IQ: twins',
  ),
  distinct(p('Hussein', 'Ali'), p('Hassan', 'Ali'), 'IQ: Hussein/Hassan'),
  distinct(
    p('Ammar', 'Jawad', { dob: '1990-03-03' }),
    p('Anmar', 'Jawad', { dob: '1990-03-03' }),
    'IQ: Ammar/Anmar twins',
  ),
  distinct(
    p('Zahraa', 'Kadhim', { dob: '2001-01-01' }),
    p('Zahra', 'Kadhim', { dob: '2004-08-08' }),
    'IQ: different dob',
  ),
  distinct(p('Mustafa', 'Jabbar'), p('Murtada', 'Jabbar'), 'IQ: Mustafa/Murtada'),
  distinct(
    p('Haider', 'Abbas', { dob: '1990-01-01' }),
    p('Haidar', 'Abbas', { dob: '1991-07-13' }),
    'IQ: different dob',
  ),
  distinct(
    p('Muhammad', 'Ali', { dob: '1990-05-05' }),
    p('Muhammad', 'Ali', { dob: '1990-11-20' }),
    'PK: same year',
  ),
  distinct(
    p('Muhammad', 'Iqbal', { dob: 'y1980' }),
    p('Muhammad', 'Iqbal', { dob: 'y1986' }),
    'PK: years apart',
  ),
  distinct(
    p('Ayesha', 'Khan', { dob: '1990-01-01' }),
    p('Aisha', 'Khan', { dob: '2005-05-05' }),
    'PK: common, different dob',
  ),
  distinct(
    p('Imran', 'Khan', { dob: '1985-02-02' }),
    p('Irfan', 'Khan', { dob: '1985-02-02' }),
    'PK: Imran/Irfan twins',
  ),
  distinct(p('Asif', 'Iqbal'), p('Asad', 'Iqbal'), 'PK: Asif/Asad'),
  distinct(p('Zia-ul-Haq', 'Chaudhry'), p('Inam-ul-Haq', 'Chaudhry'), 'PK: different first element'),
  distinct(
    p('Sana', 'Butt', { phone: '+923211112222' }),
    p('Hina', 'Butt', { phone: '+923211112222' }),
    'PK: sisters share phone',
  ),
  distinct(
    p('Muhammad', 'Usman', { dob: '1991-01-01' }),
    p('Muhammad', 'Usman', { dob: '1991-10-01' }),
    'PK: same year, different month',
  ),
  distinct(
    p('Kofi', 'Mensah', { dob: '1988-04-08' }),
    p('Kofi', 'Mensah', { dob: '1971-10-10' }),
    'GH: common name',
  ),
  distinct(p('Kwabena', 'Owusu'), p('Kwaku', 'Owusu'), 'GH: day names differ'),
  distinct(
    p('Ama', 'Boateng', { dob: '1995-05-05' }),
    p('Akua', 'Boateng', { dob: '1995-05-05' }),
    'GH: twins',
  ),
  distinct(p('Yaw', 'Osei', { dob: 'y1990' }), p('Yaw', 'Osei', { dob: 'y1984' }), 'GH: years apart'),
  distinct(p('Abdul-Rahim', 'Sulemana'), p('Abdul-Rahman', 'Sulemana'), 'GH: Rahim/Rahman'),
  distinct(p('Efua', 'Mensah', { sex: 'female' }), p('Kofi', 'Mensah', { sex: 'male' }), 'GH: different'),
  distinct(p('Oluwaseun', 'Ogunleye'), p('Oluwasegun', 'Ogunleye'), 'NG: Seun/Segun'),
  distinct(
    p('Oluwaseun', 'Adebayo', { dob: '1990-02-14' }),
    p('Oluwasegun', 'Adebayo', { dob: '1992-03-01' }),
    'NG: Seun/Segun, dob',
  ),
  distinct(p('Oluwafemi', 'Ogunleye'), p('Oluwatobi', 'Ogunleye'), 'NG: Femi/Tobi'),
  distinct(
    p('Chinedu', 'Nwosu', { dob: '1997-07-17' }),
    p('Chinedu', 'Nwosu', { dob: '1987-04-02' }),
    'NG: different dob',
  ),
  distinct(
    p('Aminu', 'Abdullahi', { dob: '1979-12-12' }),
    p('Aminu', 'Abdullahi', { dob: '1985-06-30' }),
    'NG: common Hausa name',
  ),
  distinct(
    p('Musa', 'Ibrahim', { dob: '1990-01-01' }),
    p('Ibrahim', 'Musa', { dob: '1977-07-07' }),
    'NG: swapped, different dob',
  ),
  distinct(
    p('Ngozi', 'Okafor', { sex: 'female' }),
    p('Ngozi', 'Okafor', { sex: 'male' }),
    'NG: sex conflict',
  ),
  distinct(p('Chukwuemeka', 'Eze'), p('Chukwudi', 'Eze'), 'NG: Chukwu- compounds differ'),
  distinct(
    p('Abdullah', 'Khatib', { dob: '1984-11-04' }),
    p('Abdullah', 'Khatib', { dob: '1986-02-19' }),
    'JO: different dob',
  ),
  same(
    p('Abdullah', 'Khatib', { dob: '1984-11-04' }),
    p('Abdullah', 'Khateeb', { dob: '1984-04-11' }),
    'JO: day and month swapped',
  ),
  distinct(
    p('Layla', 'Qasem', { dob: '1993-09-23' }),
    p('Layla', 'Qasem', { dob: '1960-02-14' }),
    'JO: different generation',
  ),
  distinct(p('Omar', 'Zoubi'), p('Ammar', 'Zoubi'), 'JO: Omar/Ammar'),
  distinct(p('Tareq', 'Abu Ghazaleh'), p('Tareq', 'Abu Zeid'), 'JO: different Abu family'),
  distinct(
    p('Rami', 'Haddad', { dob: '1989-08-08' }),
    p('Rami', 'Hadid', { dob: '1994-04-24' }),
    'JO: different family and dob',
  ),
  distinct(
    p('Muhammad', 'Rizki', { dob: '1998-09-01' }),
    p('Muhammad', 'Rizki', { dob: '2002-12-12' }),
    'ID: common',
  ),
  distinct(p('Siti', 'Aisyah'), p('Siti', 'Nurhaliza'), 'ID: shared Siti'),
  distinct(
    p('Wahyudi', undefined, { dob: '1985-11-30' }),
    p('Wahyudi', undefined, { dob: '1979-07-07' }),
    'ID: single name, dob',
  ),
  distinct(p('Budi', undefined, { dob: 'y1990' }), p('Budi', 'Santoso', { dob: 'y1975' }), 'ID: years apart'),
  distinct(p('Suharto', undefined), p('Suharso', undefined), 'ID: different single names'),
  distinct(p('Dewi', 'Lestari'), p('Dewi', 'Sartika'), 'ID: different family'),
  distinct(
    p('Arjeta', 'Hoxha', { dob: '1991-04-04' }),
    p('Arjeta', 'Hoxha', { dob: '1997-09-19' }),
    'AL: different dob',
  ),
  distinct(p('Bekim', 'Dervishi'), p('Besim', 'Dervishi'), 'AL: brothers'),
  distinct(p('Arbër', 'Shehu', { sex: 'male' }), p('Arbëra', 'Shehu', { sex: 'female' }), 'AL: siblings'),
  distinct(
    p('Fatmir', 'Sejdiu', { dob: 'y1962' }),
    p('Fatmir', 'Sejdiu', { dob: '1990-10-10' }),
    'XK: years apart',
  ),
  distinct(p('Blerta', 'Thaçi'), p('Blerina', 'Thaçi'), 'XK: Blerta/Blerina'),
  distinct(
    p('Driton', 'Kuçi', { phone: '+38349111222' }),
    p('Valdete', 'Kuçi', { phone: '+38349111222' }),
    'XK: household phone',
  ),
  distinct(
    p('Modou', 'Ceesay', { dob: '1993-08-08' }),
    p('Modou', 'Ceesay', { dob: '1988-01-15' }),
    'GM: common',
  ),
  distinct(p('Fatou', 'Jallow'), p('Fatou', 'Jammeh'), 'GM: different family'),
  distinct(
    p('Lamin', 'Touray', { dob: '1990-01-01' }),
    p('Lamine', 'Toure', { dob: '1965-05-05' }),
    'GM/SN: different dob',
  ),
  distinct(
    p('Ousmane', 'Sarr', { dob: '1986-01-26' }),
    p('Ousmane', 'Sarr', { dob: '1986-06-12' }),
    'SN: same year',
  ),
  distinct(p('Cheikh', 'Diouf'), p('Cheikh', 'Faye'), 'SN: different family'),
  distinct(
    p('Awa', 'Ndiaye', { dob: '2000-03-03' }),
    p('Adama', 'Ndiaye', { dob: '2000-03-03' }),
    'SN: Awa/Adama',
  ),
  distinct(p('Ibrahima', 'Sy'), p('Ibrahima', 'Sow'), 'SN: Sy/Sow'),
  distinct(
    p('Dušan', 'Ilić', { dob: '1983-05-05' }),
    p('Dušan', 'Ilić', { dob: '1991-12-01' }),
    'RS: common',
  ),
  distinct(p('Ivana', 'Đurić'), s('Иван Ђурић', { sex: 'male' }), 'RS: Ivana/Ivan'),
  distinct(
    p('Marko', 'Marković', { dob: '1975-01-01' }),
    p('Milan', 'Marković', { dob: '1975-01-01' }),
    'RS: twins',
  ),
  distinct(p('Jelena', 'Savić'), p('Jelena', 'Savović'), 'RS: Savić/Savović'),
  distinct(
    p('Kwame', 'Nkrumah', { dob: '1990-09-21', idDocument: { type: 'passport', number: 'G1234567' } }),
    p('Kwame', 'Nkrumah', { dob: '1987-03-14', idDocument: { type: 'passport', number: 'G7654321' } }),
    'GH: different dob and passport',
  ),
  distinct(
    p('Fatima Zahra', 'Bennani', { dob: '1995-07-01' }),
    p('Fatima', 'Bennani', { dob: '1999-12-24' }),
    'MA: sisters, different dob',
  ),
  distinct(
    p('Mamadou', 'Diallo', { dob: 'y1980' }),
    p('Mamadou', 'Diallo', { dob: 'y1993' }),
    'SN: years apart',
  ),
  distinct(
    p('Jovan', 'Jovanović', { dob: '1960-01-01' }),
    p('Jovana', 'Jovanović', { dob: '1990-05-05' }),
    'RS: father/daughter',
  ),
  // more hard negatives: shared common names, households, near-identical names
  same(
    p('Mohamed', 'Mahmoud', { dob: '1988-02-02' }),
    p('Mahmoud', 'Mohamed', { dob: '1988-02-02' }),
    'EG: fields swapped, same dob',
  ),
  distinct(
    p('Ahmed', 'Kamal', { dob: '1990-04-04' }),
    p('Hamed', 'Kamal', { dob: '1990-04-04' }),
    'EG: Ahmed/Hamed twins',
  ),
  distinct(
    p('Fatma', 'Zahra', { dob: '1975-01-01' }),
    p('Fatma', 'Zahra', { dob: '2001-01-01' }),
    'TN: mother/daughter namesakes',
  ),
  distinct(
    p('Hanan', 'Saleh', { phone: '+962788888888' }),
    p('Hanaa', 'Saleh', { phone: '+962788888888', dob: '1994-04-04' }),
    'JO: sisters Hanan/Hanaa sharing phone',
  ),
  distinct(
    p('Yasmine', 'Trabelsi', { dob: '1999-09-09' }),
    p('Yassine', 'Trabelsi', { dob: '1999-09-09' }),
    'TN: Yasmine/Yassine twins',
  ),
  distinct(
    p('Nabil', 'Haddad', { dob: '1970-07-07' }),
    p('Nabila', 'Haddad', { dob: '1972-12-12' }),
    'JO: Nabil/Nabila',
  ),
  distinct(
    p('Abdallah', 'Diallo', { dob: '1993-03-03' }),
    p('Abdoulaye', 'Diallo', { dob: '1996-06-06' }),
    'SN: different dob',
  ),
  distinct(
    p('Mariama', 'Bah', { dob: '1990-01-01' }),
    p('Mariama', 'Bah', { dob: '1984-03-03' }),
    'GM: common name, different dob',
  ),
  distinct(
    p('Kwesi', 'Appiah', { dob: '1992-02-02' }),
    p('Kwasi', 'Appiah', { dob: '1979-09-09' }),
    'GH: Kwesi/Kwasi different dob',
  ),
  distinct(
    p('Adebayo', 'Ogunbiyi', { dob: '1985-05-05' }),
    p('Adebola', 'Ogunbiyi', { dob: '1985-05-05' }),
    'NG: Adebayo/Adebola twins',
  ),
  distinct(p('Ifeoma', 'Nwankwo'), p('Ifeanyi', 'Nwankwo'), 'NG: Ifeoma/Ifeanyi'),
  distinct(
    p('Halima', 'Abubakar', { dob: '1998-08-08' }),
    p('Halima', 'Abubakar', { dob: '1990-02-20' }),
    'NG: Hausa common name',
  ),
  distinct(
    p('Muhammad', 'Bello', { dob: 'y1970' }),
    p('Muhammad', 'Bello', { dob: '1995-05-05' }),
    'NG: year vs exact far apart',
  ),
  distinct(p('Rizwan', 'Ahmed'), p('Rizwana', 'Ahmed'), 'PK: Rizwan/Rizwana'),
  distinct(
    p('Naveed', 'Akhtar', { dob: '1983-03-03' }),
    p('Nadeem', 'Akhtar', { dob: '1983-03-03' }),
    'PK: Naveed/Nadeem twins',
  ),
  distinct(
    s('محمد احمد', { dob: '1980-01-01' }),
    s('محمد احمد', { dob: '1990-01-01' }),
    'script only, different dob',
  ),
  distinct(s('فاطمة الزهراء'), s('خديجة الزهراء'), 'script: different given'),
  distinct(
    p('Putri', 'Wulandari', { dob: '2000-01-01' }),
    p('Putri', 'Wulandari', { dob: '1996-07-07' }),
    'ID: different dob',
  ),
  distinct(
    p('Bambang', undefined, { dob: '1970-01-01' }),
    p('Bambang', 'Sutrisno', { dob: '1982-01-01' }),
    'ID: single vs two names, different dob',
  ),
  distinct(p('Agung'), p('Agus'), 'ID: Agung/Agus'),
  distinct(
    p('Edona', 'Morina', { dob: '1995-05-05' }),
    p('Edon', 'Morina', { dob: '1995-05-05' }),
    'XK: Edona/Edon twins',
  ),
  distinct(p('Ardit', 'Gashi'), p('Ardian', 'Gashi'), 'XK: Ardit/Ardian'),
  distinct(
    p('Ermal', 'Meta', { dob: '1981-04-20' }),
    p('Ermal', 'Meta', { dob: '1989-11-11' }),
    'AL: different dob',
  ),
  distinct(
    p('Sokhna', 'Mbaye', { dob: '1997-07-07' }),
    p('Sokhna', 'Mbaye', { dob: '1979-07-07' }),
    'SN: year digits differ twice',
  ),
  distinct(p('Milica', 'Popović'), p('Milan', 'Popović'), 'RS: Milica/Milan'),
  distinct(
    p('Stefan', 'Nikolić', { dob: '1996-06-06' }),
    s('Стефан Николић', { dob: '1986-06-06' }),
    'RS: Cyrillic, dob 10 years apart',
  ),
  distinct(p('Aleksandra', 'Ilić'), p('Aleksandar', 'Ilić'), 'RS: Aleksandra/Aleksandar'),
  distinct(
    p('Nikola', 'Stanković', { dob: '1993-04-04' }),
    p('Nikola', 'Stanković', { dob: '2001-11-30' }),
    'RS: common',
  ),
];

/** Tuning and held-out pairs together: the full labelled table. */
export const MATCH_PAIRS: MatchPair[] = [...TUNING_MATCH_PAIRS, ...HOLDOUT_MATCH_PAIRS];
