package com.artinsmartrealty.ai.support;

import com.artinsmartrealty.ai.vision.ListingPhotos;
import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A small agency inventory: a Marina apartment, a Palm villa and a JVC studio, with their photos. */
public final class Listings {

    public static final UUID MARINA = UUID.fromString("6a1b2c3d-0000-4000-8000-00000000a001");
    public static final UUID PALM = UUID.fromString("6a1b2c3d-0000-4000-8000-00000000a002");
    public static final UUID JVC = UUID.fromString("6a1b2c3d-0000-4000-8000-00000000a003");
    /** The seeds of each listing's photos (see {@link ListingPhotos#room}). */
    public static final Map<UUID, long[]> PHOTO_SEEDS = Map.of(MARINA, new long[] {11, 12}, PALM, new long[] {21, 22},
            JVC, new long[] {31});
    private static final Instant UPDATED = Instant.parse("2026-11-20T08:00:00Z");

    private Listings() {
    }

    public static List<ListingDocument> all() {
        return List.of(
                new ListingDocument(MARINA, PropertyType.APARTMENT, Transaction.BUY, 1_950_000, "AED", "Dubai Marina", 2,
                        1_250, Map.of(
                        "en", "Marina view apartment",
                        "fa", "آپارتمان با چشم‌انداز مارینا",
                        "ar", "شقة بإطلالة على المارينا",
                        "ru", "Апартаменты с видом на марину"), Map.of(
                        "en", "Two bedrooms on the 30th floor with a balcony over the marina. The building has a gym, "
                                + "an infinity pool and 24-hour security. Handover is in the last quarter of 2026.",
                        "fa", "دو خوابه در طبقه سی‌ام با بالکن رو به مارینا. ساختمان باشگاه ورزشی، استخر و نگهبانی "
                                + "شبانه‌روزی دارد. تحویل در سه‌ماهه آخر ۲۰۲۶ است.",
                        "ar", "غرفتا نوم في الطابق الثلاثين مع شرفة مطلة على المارينا. يضم المبنى ناديا رياضيا ومسبحا "
                                + "وأمنا على مدار الساعة. التسليم في الربع الأخير من 2026.",
                        "ru", "Две спальни на 30-м этаже с балконом с видом на марину. В здании есть спортзал, бассейн "
                                + "и круглосуточная охрана. Сдача в последнем квартале 2026 года."),
                        photoUrls(MARINA), UPDATED),
                new ListingDocument(PALM, PropertyType.VILLA, Transaction.BUY, 12_500_000, "AED", "Palm Jumeirah", 5, 6_800,
                        Map.of("en", "Frond villa with a private beach", "ru", "Вилла на Пальме с собственным пляжем"),
                        Map.of("en", "A five-bedroom villa on a frond of the Palm with a private beach, a pool and a "
                                        + "garden. It is furnished and ready to move in.",
                                "ru", "Вилла с пятью спальнями на Пальме с собственным пляжем, бассейном и садом. "
                                        + "Меблирована, можно сразу заезжать."),
                        photoUrls(PALM), UPDATED),
                new ListingDocument(JVC, PropertyType.STUDIO, Transaction.RENT, 55_000, "AED",
                        "Jumeirah Village Circle", 0, 420, Map.of("en", "Studio next to Circle Mall"),
                        Map.of("en", "A furnished studio next to Circle Mall. Parking, a gym and a pool are included. "
                                + "The rent is paid in four cheques."),
                        photoUrls(JVC), UPDATED));
    }

    /** The photo files lead-service serves, by path. */
    public static Map<String, byte[]> photos() {
        Map<String, byte[]> photos = new LinkedHashMap<>();
        PHOTO_SEEDS.forEach((listing, seeds) -> {
            for (int i = 0; i < seeds.length; i++) {
                photos.put(ListingDocument.photoPath(listing, i), ListingPhotos.original(seeds[i]));
            }
        });
        return photos;
    }

    private static List<String> photoUrls(UUID listing) {
        long[] seeds = PHOTO_SEEDS.get(listing);
        return java.util.stream.IntStream.range(0, seeds.length)
                .mapToObj(i -> ListingDocument.photoPath(listing, i))
                .toList();
    }
}
