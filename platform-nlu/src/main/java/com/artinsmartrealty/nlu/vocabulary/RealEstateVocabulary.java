package com.artinsmartrealty.nlu.vocabulary;

import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.util.List;
import java.util.Optional;

/**
 * The words leads use for what they want, in Persian, Arabic, English and Russian: property types,
 * buying or renting, their goal, and Dubai's communities (returned by their English names, as
 * listings name them).
 */
public final class RealEstateVocabulary {

    static final PhraseTable<PropertyType> TYPES = new PhraseTable<PropertyType>()
            .add(PropertyType.APARTMENT, "apartment", "apartments", "apt", "flat", "flats", "condo",
                    "آپارتمان", "آپارتمانی", "شقة", "شقه", "شقق", "квартир*", "апартамент*")
            .add(PropertyType.VILLA, "villa", "villas", "house", "ویلا", "ویلایی", "ویلای", "ویلاها", "ویلاهای",
                    "فيلا", "فيلات", "فلة", "فلل",
                    "вилл*", "дом", "дома", "особняк*")
            .add(PropertyType.PENTHOUSE, "penthouse", "penthouses", "پنت هاوس", "پنتهاوس", "بنتهاوس", "بنت هاوس",
                    "пентхаус*")
            .add(PropertyType.TOWNHOUSE, "townhouse", "townhouses", "town house", "تاون هاوس", "تاونهاوس",
                    "تاون هاوس", "таунхаус*")
            .add(PropertyType.STUDIO, "studio", "studios", "استودیو", "ستوديو", "استوديو", "студи*")
            .add(PropertyType.DUPLEX, "duplex", "دوبلکس", "دوبلكس", "дуплекс*")
            .add(PropertyType.OFFICE, "office", "offices", "office space", "دفتر", "دفتر کار", "اداری", "مكتب",
                    "مكاتب", "офис*")
            .add(PropertyType.RETAIL, "shop", "retail", "store", "مغازه", "تجاری", "محل تجاری", "متجر",
                    "محلات", "магазин*", "торгов*")
            .add(PropertyType.LAND, "land", "plot", "plots", "زمین", "ارض", "قطعة ارض", "земл*", "участ*");

    static final PhraseTable<Transaction> TRANSACTIONS = new PhraseTable<Transaction>()
            .add(Transaction.BUY, "buy", "buying", "purchase", "purchasing", "own", "for sale", "bought",
                    "خرید", "بخرم", "بخریم", "خریدن", "میخرم", "خریداری", "شراء", "اشتري", "اشتراء", "للبيع", "تملك",
                    "купить", "куплю", "покупк*", "приобре*", "купл*")
            .add(Transaction.RENT, "rent", "rental", "renting", "lease", "leasing", "to let", "اجاره", "رهن",
                    "کرایه", "استیجاری", "ایجار", "استئجار", "للایجار", "ایجار سنوي", "аренд*", "снять", "сниму",
                    "съем*", "съём*");

    static final PhraseTable<Goal> GOALS = new PhraseTable<Goal>()
            .add(Goal.INVESTMENT, "invest", "investing", "investment", "investor", "roi", "yield", "rental income",
                    "سرمایه", "سرمایه گذاری", "سرمایه‌گذاری", "سود", "استثمار", "استثماري", "الاستثمار", "للاستثمار",
                    "عائد", "инвест*",
                    "доход*", "вложен*")
            .add(Goal.LIVING, "live", "living", "to live", "family", "home", "move", "relocate", "end user",
                    "زندگی", "سکونت", "سکنی", "خانواده", "السکن", "سکن", "للسکن", "عائلة", "للعیش", "жить",
                    "для жизни", "прожива*", "переезд*", "семья", "семьи", "семье", "семью", "семьей", "семьёй",
                    "семейн*")
            .add(Goal.RESIDENCY, "residency", "resident", "visa", "golden visa", "residence", "اقامت", "ویزا",
                    "گلدن ویزا", "ویزای طلایی", "اقامة", "الاقامة", "للاقامة", "تاشيرة", "الاقامة الذهبية", "внж",
                    "резидент*",
                    "виз*", "золотая виза");

    static final PhraseTable<String> AREAS = new PhraseTable<String>()
            .add("Dubai Marina", "dubai marina", "marina", "مارینا", "دبی مارینا", "مرسی دبی", "دبي مارينا",
                    "مارينا", "марин*", "дубай марин*")
            .add("Downtown Dubai", "downtown", "downtown dubai", "داون تاون", "داونتاون", "وسط مدينة دبي",
                    "داون تاون دبي", "даунтаун")
            .add("Business Bay", "business bay", "بیزینس بی", "بیزنس بی", "الخليج التجاري", "бизнес бэй",
                    "бизнес бей")
            .add("Palm Jumeirah", "palm jumeirah", "palm", "the palm", "پالم", "پالم جمیرا", "نخلة جميرا",
                    "النخلة", "пальма", "пальма джумейра")
            .add("Jumeirah Village Circle", "jvc", "jumeirah village circle", "جی وی سی", "قرية جميرا الدائرية",
                    "джи ви си")
            .add("Jumeirah Lake Towers", "jlt", "jumeirah lake towers", "جی ال تی", "ابراج بحيرات جميرا")
            .add("Jumeirah Beach Residence", "jbr", "jumeirah beach residence", "جی بی ار", "جي بي ار")
            .add("Dubai Hills Estate", "dubai hills", "dubai hills estate", "دبی هیلز", "دبي هيلز", "дубай хиллс")
            .add("Arabian Ranches", "arabian ranches", "عربین رنچز", "المرابع العربية", "арабиан ранчес")
            .add("Dubai Creek Harbour", "creek harbour", "dubai creek", "creek", "کریک", "خور دبي", "дубай крик")
            .add("DIFC", "difc")
            .add("Al Barsha", "al barsha", "barsha", "البرشاء", "برشا")
            .add("Damac Hills", "damac hills", "damac", "داماک هیلز", "داماك هيلز")
            .add("Dubai South", "dubai south", "دبي الجنوب")
            .add("Meydan", "meydan", "میدان", "ميدان")
            .add("Dubai Silicon Oasis", "silicon oasis", "dso", "واحة دبي للسيليكون")
            .add("Town Square", "town square", "تاون اسکوئر")
            .add("Emaar Beachfront", "emaar beachfront", "beachfront")
            .add("Bluewaters", "bluewaters", "blue waters", "جزيرة بلوواترز")
            .add("City Walk", "city walk", "سيتي ووك")
            .add("Al Furjan", "al furjan", "furjan", "الفرجان")
            .add("Dubai Sports City", "sports city", "مدينة دبي الرياضية")
            .add("Motor City", "motor city", "موتور سيتي")
            .add("Mirdif", "mirdif", "مردف")
            .add("Jumeirah", "jumeirah", "جمیرا", "جميرا", "джумейра");

    private RealEstateVocabulary() {
    }

    public static Optional<PropertyType> propertyType(List<String> words) {
        return TYPES.last(words);
    }

    public static Optional<Transaction> transaction(List<String> words) {
        return TRANSACTIONS.last(words);
    }

    public static Optional<Goal> goal(List<String> words) {
        return GOALS.last(words);
    }

    /** A community of Dubai by its English name. */
    public static Optional<String> area(List<String> words) {
        return AREAS.last(words);
    }
}
