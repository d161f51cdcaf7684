"""The exporter customs papers name (checkout/papers.py)."""

import django_countries.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('checkout', '0003_payment_duplicate_webhook_status'),
    ]

    operations = [
        migrations.CreateModel(
            name='Exporter',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(help_text='e.g. Hợp tác xã Gốm sứ Bát Tràng', max_length=200, verbose_name='name')),
                ('address', models.TextField(help_text='Street, commune, district and province, one per line.', verbose_name='address')),
                ('country', django_countries.fields.CountryField(default='VN', max_length=2, verbose_name='country')),
                ('phone', models.CharField(max_length=30, verbose_name='phone number')),
                ('email', models.EmailField(blank=True, max_length=254, verbose_name='email')),
                ('tax_id', models.CharField(help_text="Vietnam's mã số thuế (MST) or the exporter's.", max_length=40, verbose_name='tax code')),
                ('signatory', models.CharField(blank=True, help_text='The person who signs the commercial invoice and the CN23.', max_length=100, verbose_name='signed by')),
            ],
            options={
                'verbose_name': 'exporter',
                'verbose_name_plural': 'exporter',
                'ordering': ['pk'],
            },
        ),
    ]
